using Chronology.Application.Text;
using Chronology.Application.Writing;


namespace Chronology.Application.Forces;

/// <summary>What sort of body a force is.</summary>
public enum ForceKind
{
    State,
    StateArmy,
    Militia,
    Coalition,
    JihadistGroup,
    Alliance,
    Council,
    ArmedGroup,
}

/// <summary>An armed force or political actor, belonging to at most one larger force (YPJ → SDF).</summary>
public sealed class Force : Auditable
{
    public string Name { get; private set; } = string.Empty;

    public string NormalizedName { get; private set; } = string.Empty;

    public string? Abbreviation { get; private set; }

    public string? NormalizedAbbreviation { get; private set; }

    public ForceKind Kind { get; set; }

    public int? ParentId { get; set; }

    public List<ForceAlias> Aliases { get; set; } = [];

    public void Rename(string name, string? abbreviation)
    {
        Name = name;
        NormalizedName = TextNormalizer.Normalize(name);
        Abbreviation = string.IsNullOrWhiteSpace(abbreviation) ? null : abbreviation;
        NormalizedAbbreviation = Abbreviation is null ? null : TextNormalizer.Normalize(Abbreviation);
    }

    public void SetAliases(IEnumerable<string> aliases)
    {
        Aliases.Clear();
        Aliases.AddRange(aliases.Select(a => new ForceAlias(a)));
    }
}

/// <summary>Another name a force is known by, with its folded form for lookups.</summary>
public sealed class ForceAlias
{
    public ForceAlias(string name)
    {
        Name = name;
        NormalizedName = TextNormalizer.Normalize(name);
    }

    public int Id { get; set; }

    public int ForceId { get; set; }

    public string Name { get; private set; }

    public string NormalizedName { get; private set; }
}
