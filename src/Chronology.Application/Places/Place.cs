using Chronology.Application.Text;
using Chronology.Application.Writing;


namespace Chronology.Application.Places;

/// <summary>What sort of place a place is.</summary>
public enum PlaceKind
{
    Country,
    Governorate,
    Region,
    Canton,
    District,
    City,
    Town,
    Village,
    Dam,
    MilitaryBase,
    River,
    Area,
}

/// <summary>A named place, inside at most one parent place (Tel Hamis → al-Jazeera region → Syria).</summary>
public sealed class Place : Auditable
{
    public string Name { get; private set; } = string.Empty;

    public string NormalizedName { get; private set; } = string.Empty;

    public PlaceKind Kind { get; set; }

    public int? ParentId { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    /// <summary>
    /// The ids from the root down to this place, as "/1/5/17/". A region's events are those whose
    /// places' paths start with the region's path, one indexed prefix match at any depth.
    /// </summary>
    public string Path { get; set; } = "/";

    public List<PlaceAlias> Aliases { get; set; } = [];

    public void Rename(string name)
    {
        Name = name;
        NormalizedName = TextNormalizer.Normalize(name);
    }

    public void SetAliases(IEnumerable<string> aliases)
    {
        Aliases.Clear();
        Aliases.AddRange(aliases.Select(a => new PlaceAlias(a)));
    }

    public static string PathOf(string parentPath, int id) => $"{parentPath}{id}/";
}

/// <summary>Another name a place is known by, with its folded form for lookups.</summary>
public sealed class PlaceAlias
{
    public PlaceAlias(string name)
    {
        Name = name;
        NormalizedName = TextNormalizer.Normalize(name);
    }

    public int Id { get; set; }

    public int PlaceId { get; set; }

    public string Name { get; private set; }

    public string NormalizedName { get; private set; }
}
