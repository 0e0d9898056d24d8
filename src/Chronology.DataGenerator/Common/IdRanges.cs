namespace Chronology.DataGenerator.Common;

/// <summary>
/// The next free id of every table. The generator assigns ids itself, above what the database holds,
/// so that a place's path and an event's links are known before anything is written.
/// </summary>
public sealed class IdRanges
{
    public int Place { get; set; }

    public int PlaceAlias { get; set; }

    public int Force { get; set; }

    public int ForceAlias { get; set; }

    public int Source { get; set; }

    public int Event { get; set; }

    public int Citation { get; set; }

    /// <summary>Ranges that start after the highest ids stored now.</summary>
    public static IdRanges After(IReadOnlyDictionary<string, int> maxIds) => new()
    {
        Place = maxIds["Places"] + 1,
        PlaceAlias = maxIds["PlaceAliases"] + 1,
        Force = maxIds["Forces"] + 1,
        ForceAlias = maxIds["ForceAliases"] + 1,
        Source = maxIds["Sources"] + 1,
        Event = maxIds["Events"] + 1,
        Citation = maxIds["Citations"] + 1,
    };

    public static IReadOnlyList<string> Tables { get; } =
        ["Places", "PlaceAliases", "Forces", "ForceAliases", "Sources", "Events", "Citations"];
}
