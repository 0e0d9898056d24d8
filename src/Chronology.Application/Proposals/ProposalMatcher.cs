using Chronology.Application.Events;
using Chronology.Application.Text;
using Chronology.Extraction;

namespace Chronology.Application.Proposals;

/// <summary>
/// Corroboration: the existing events a proposal may describe. An event matches when it cites the same
/// words of the source, or when its dates overlap the proposal's (each taken to the end of its precision)
/// and it is at the same place (or one inside the other), or shares a force and has a compatible type.
/// Compatible types and every shared place and force raise it in the list.
/// </summary>
public sealed class ProposalMatcher(IProposalRepository proposals)
{
    // Sentences of one document share dates, places and forces: one query per distinct question (scoped per request).
    private readonly Dictionary<string, IReadOnlyList<EventSketch>> asked = [];

    private const int MaxMatches = 5;

    // Approximate dates ("two days later", "early November") may be off by some days either way.
    private const int ApproximateSlackDays = 7;

    /// <summary>Quotes other events already take from the source, located in its text.</summary>
    public sealed record CitedSpan(int EventId, string Title, DateOnly Start, int From, int To);

    public static IReadOnlyList<CitedSpan> LocateCitations(
        string text, IEnumerable<(int EventId, string Title, DateOnly Start, string Quote)> citations) =>
        citations.Select(c => (c, at: text.IndexOf(c.Quote, StringComparison.Ordinal)))
            .Where(x => x.at >= 0)
            .Select(x => new CitedSpan(x.c.EventId, x.c.Title, x.c.Start, x.at, x.at + x.c.Quote.Length))
            .ToList();

    public async Task<List<ProposalMatch>> MatchAsync(
        EventCandidate candidate, GazetteerSnapshot gazetteer, IReadOnlyList<CitedSpan> cited, CancellationToken cancellationToken)
    {
        var reasons = new Dictionary<int, Found>();
        var quoteEnd = candidate.QuoteStart + candidate.Quote.Length;
        foreach (var span in cited.Where(s => s.From < quoteEnd && candidate.QuoteStart < s.To))
        {
            Note(reasons, span.EventId, span.Title, span.Start, 10, ["cites the same words of this source"]);
        }

        var precision = Enum.Parse<DatePrecision>(candidate.Precision.ToString());
        var slack = candidate.Approximate ? ApproximateSlackDays : 0;
        var from = candidate.Start.AddDays(-slack);
        var to = EventDates.EffectiveEnd(candidate.Start, candidate.End, precision).AddDays(slack);
        var placePaths = candidate.Places.Select(p => gazetteer.PlacePaths.GetValueOrDefault(p.Id)).OfType<string>().ToList();
        var forceIds = candidate.Forces.Select(f => f.Id).ToList();
        if (placePaths.Count > 0 || forceIds.Count > 0)
        {
            var question = $"{from:O}|{to:O}|{string.Join(',', placePaths)}|{string.Join(',', forceIds)}";
            if (!asked.TryGetValue(question, out var near))
            {
                asked[question] = near = await proposals.FindEventsNearAsync(from, to, placePaths, forceIds, 20, cancellationToken);
            }

            foreach (var sketch in near)
            {
                var why = Compare(candidate, placePaths, forceIds, sketch, out var score);
                if (why.Count > 0)
                {
                    Note(reasons, sketch.Id, sketch.Title, sketch.Start, score, ["dates overlap", .. why]);
                }
            }
        }

        return reasons.OrderByDescending(r => r.Value.Score).ThenBy(r => r.Key).Take(MaxMatches)
            .Select(r => new ProposalMatch(r.Key, r.Value.Title, r.Value.Start, string.Join("; ", r.Value.Why.Distinct())))
            .ToList();
    }

    private static List<string> Compare(
        EventCandidate candidate, List<string> placePaths, List<int> forceIds, EventSketch sketch, out int score)
    {
        var why = new List<string>();
        score = 1;
        var samePlaces = sketch.Places.Where(p => placePaths.Any(c => c.StartsWith(p.Path, StringComparison.Ordinal)
            || p.Path.StartsWith(c, StringComparison.Ordinal))).Select(p => p.Name).Distinct().ToList();
        if (samePlaces.Count > 0)
        {
            why.Add($"same place or one inside the other ({string.Join(", ", samePlaces)})");
            score += 2 * samePlaces.Count;
        }

        var sharedForces = sketch.Forces.Where(f => forceIds.Contains(f.Id)).Select(f => f.Name).Distinct().ToList();
        if (sharedForces.Count > 0)
        {
            why.Add($"shared forces ({string.Join(", ", sharedForces)})");
            score += sharedForces.Count;
        }

        var compatible = TypesCompatible(candidate.Type, sketch.Type);
        if (why.Count > 0 && compatible)
        {
            why.Add($"compatible type ({EnumText.Name(sketch.Type)})");
            score += 2;
        }

        // A shared force alone is weak evidence (the same group fights everywhere): it needs a compatible type too.
        return samePlaces.Count > 0 || compatible ? why : [];
    }

    // A liberation of a place is the capture of it seen from the other side; campaigns and sieges contain attacks.
    private static readonly HashSet<EventType>[] CompatibleGroups =
    [
        [EventType.Liberation, EventType.Capture, EventType.Campaign, EventType.Siege],
        [EventType.Attack, EventType.Siege, EventType.Campaign, EventType.Massacre, EventType.Liberation, EventType.Capture],
        [EventType.Massacre, EventType.Execution, EventType.Attack],
        [EventType.Declaration, EventType.Statement, EventType.Formation, EventType.PledgeOfAllegiance],
    ];

    private static bool TypesCompatible(string candidateType, EventType eventType) =>
        Enum.TryParse<EventType>(candidateType, ignoreCase: true, out var type)
        && (type == eventType || CompatibleGroups.Any(g => g.Contains(type) && g.Contains(eventType)));

    private sealed class Found(string title, DateOnly start)
    {
        public string Title { get; } = title;

        public DateOnly Start { get; } = start;

        public int Score { get; set; }

        public List<string> Why { get; } = [];
    }

    private static void Note(Dictionary<int, Found> found, int eventId, string title, DateOnly start, int score, IEnumerable<string> why)
    {
        if (!found.TryGetValue(eventId, out var entry))
        {
            found[eventId] = entry = new Found(title, start);
        }

        entry.Score += score;
        entry.Why.AddRange(why);
    }
}
