using Chronology.Application.Forces;
using Chronology.Application.Text;
using Chronology.DataGenerator.Common;

namespace Chronology.DataGenerator.Forces;

/// <summary>
/// Builds about three hundred forces: a state and its army per country, umbrella alliances and
/// coalitions, jihadist groups, and many brigades, militias and councils, most of them belonging to a
/// larger force. Some carry abbreviations and aliases ("Jaysh al-X" = "Army of X").
/// </summary>
public sealed class ForceFactory(Random random, NameMaker names, IdRanges ids, DateTime createdAt)
{
    public const int UnitCount = 260;

    private static readonly string[] Adjectives = ["Free", "Democratic", "Eastern", "Northern", "Popular", "United", "Revolutionary", "National", "Islamic", "Southern"];

    private static readonly string[] Groupings = ["Front", "Alliance", "Forces", "Coalition", "Movement", "Army"];

    private readonly List<Force> forces = [];

    public List<Force> Build(IEnumerable<string> countryNames)
    {
        foreach (var country in countryNames)
        {
            var state = Add(Fixed($"State of {country}"), null, ForceKind.State, null, []);
            var army = Fixed($"{country} Armed Forces");
            Add(army, Abbreviate(army), ForceKind.StateArmy, state, [$"Army of {country}"]);
        }

        var umbrellas = new List<Force>();
        for (var i = 0; i < 12; i++)
        {
            var name = names.Unique(r => $"{Adjectives[random.Next(Adjectives.Length)]} {r} {Groupings[random.Next(Groupings.Length)]}");
            var kind = name.EndsWith("Coalition", StringComparison.Ordinal) ? ForceKind.Coalition : ForceKind.Alliance;
            umbrellas.Add(Add(name, Abbreviate(name), kind, null, []));
        }

        var jihadistUmbrella = umbrellas[0];
        for (var i = 0; i < 24; i++)
        {
            var root = string.Empty;
            var name = names.Unique(r => $"Jaysh al-{root = r}");
            Add(name, null, ForceKind.JihadistGroup, random.Next(3) == 0 ? jihadistUmbrella : null, [$"Army of {root}", $"{root} Group"]);
        }

        var parents = forces.Where(f => f.Kind is ForceKind.StateArmy or ForceKind.Alliance or ForceKind.Coalition).ToList();
        for (var i = 0; i < UnitCount; i++)
        {
            AddUnit(parents);
        }

        return forces;
    }

    private void AddUnit(List<Force> parents)
    {
        var parent = random.Next(10) < 6 ? parents[random.Next(parents.Count)] : null;
        var root = string.Empty;
        switch (random.Next(4))
        {
            case 0:
                Add(names.Unique(r => $"{root = r} Brigade"), null, ForceKind.Militia, parent, [$"Liwa {root}"]);
                break;
            case 1:
                var units = names.Unique(r => $"{r} Self-Defence Units");
                Add(units, Abbreviate(units), ForceKind.Militia, parent, []);
                break;
            case 2:
                Add(names.Unique(r => $"{r} Military Council"), null, ForceKind.Council, parent, []);
                break;
            default:
                var martyrs = names.Unique(r => $"{r} Martyrs Battalion");
                Add(martyrs, null, ForceKind.ArmedGroup, parent, []);
                break;
        }
    }

    // A fixed name such as "State of Aramea", or a variant of it when a stored record already has it.
    private string Fixed(string name) => names.TryReserve(name) ? name : names.Unique(r => $"{name} {r}");

    // Initials of the capitalised words, with the root's first two letters so they seldom clash: "Qashira Self-Defence Units" → "QASDU".
    private static string Abbreviate(string name)
    {
        var words = name.Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).ToList();
        return string.Concat(words.Select((w, i) => i == 0 && w.Length > 1 ? w[..2] : w[..1])).ToUpperInvariant();
    }

    private Force Add(string name, string? abbreviation, ForceKind kind, Force? parent, IEnumerable<string> aliases)
    {
        var force = new Force { Id = ids.Force++, Kind = kind, ParentId = parent?.Id };
        var freeAbbreviation = abbreviation is not null && names.TryReserve(abbreviation) ? abbreviation : null;
        force.Rename(name, freeAbbreviation);
        force.SetAliases(aliases.Where(a => a != name && names.TryReserve(a)));
        foreach (var alias in force.Aliases)
        {
            alias.Id = ids.ForceAlias++;
            alias.ForceId = force.Id;
        }

        force.MarkCreated(createdAt);
        forces.Add(force);
        return force;
    }

    /// <summary>The folded names, abbreviations and aliases of <paramref name="forces"/>.</summary>
    public static IEnumerable<string> FoldedNames(IEnumerable<Force> forces) =>
        forces.SelectMany(f => f.Aliases.Select(a => a.NormalizedName).Append(f.NormalizedName).Append(TextNormalizer.Normalize(f.Abbreviation)));
}
