using Chronology.Application.Events;
using Chronology.Application.Forces;
using Chronology.Application.Places;

namespace Chronology.DataGenerator.Events;

/// <summary>Titles and summaries in the chronology's style, with the claims attributed to the source.</summary>
public sealed class EventText(Random random)
{
    /// <summary>
    /// A word found in about one event in a hundred and nowhere else in the generated data (names are
    /// built without "c" or "v"), for benchmarking a selective free-text query.
    /// </summary>
    public const string RareWord = "convoy";

    public const int RareWordPerMille = 10;

    private static readonly string[] Afterwords =
    [
        "Fighting moved to the nearby villages in the following days.",
        "The area had changed hands several times before.",
        "Local sources gave a different account of what happened.",
        "Civilians were evacuated before the fighting began.",
        "The source does not say how long the fighting lasted.",
        "Aid groups reported that hundreds of families were displaced.",
    ];

    public string Title(EventType type, Force force, Place place)
    {
        var who = force.Abbreviation ?? force.Name;
        return type switch
        {
            EventType.Attack => random.Next(2) == 0 ? $"{who} attack on {place.Name}" : $"{who} shell {place.Name}",
            EventType.Capture => $"{who} capture {place.Name}",
            EventType.Liberation => $"Liberation of {place.Name}",
            EventType.Siege => $"Siege of {place.Name}",
            EventType.Campaign => $"{who} campaign in {place.Name}",
            EventType.Massacre => $"Massacre in {place.Name}",
            EventType.Execution => $"Executions in {place.Name}",
            EventType.Formation => $"Formation of the {force.Name}",
            EventType.Declaration => $"{who} declaration in {place.Name}",
            EventType.PledgeOfAllegiance => $"{who} pledge allegiance in {place.Name}",
            EventType.Statement => $"{who} statement on {place.Name}",
            _ => $"Incident in {place.Name}",
        };
    }

    public string Summary(EventType type, IReadOnlyList<(Force Force, ForceRole Role)> forces, IReadOnlyList<Place> places, int? fatalities)
    {
        var initiator = forces[0].Force.Name;
        var target = forces.Count > 1 ? $" against the {forces[1].Force.Name}" : string.Empty;
        var where = string.Join(", ", places.Select(p => p.Name));
        var verb = type switch
        {
            EventType.Attack => "attacked positions in",
            EventType.Capture => "took control of",
            EventType.Liberation => "drove their enemies out of",
            EventType.Siege => "laid siege to",
            EventType.Campaign => "waged a campaign across",
            EventType.Massacre => "killed civilians in",
            EventType.Execution => "carried out executions in",
            _ => "was active in",
        };
        var dead = fatalities is { } n ? $" The source reports {n} dead." : string.Empty;
        var rare = random.Next(1000) < RareWordPerMille ? $" A supply {RareWord} was hit on the road to {places[^1].Name}." : string.Empty;
        var afterword = random.Next(3) == 0 ? " " + Afterwords[random.Next(Afterwords.Length)] : string.Empty;
        return $"According to the chronicle, the {initiator} {verb} {where}{target}.{dead}{rare}{afterword}";
    }
}
