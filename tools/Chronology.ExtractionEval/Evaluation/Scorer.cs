using Chronology.Extraction;

namespace Chronology.ExtractionEval.Evaluation;

/// <summary>
/// Matches proposals to gold. A proposal matches a gold event when its quote overlaps one of the event's
/// quotes and its start equals the gold start or lies within [start, effective end]. Recall counts matched
/// gold events, precision proposals that match some gold event.
/// </summary>
public static class Scorer
{
    public static DocumentScore Score(GoldDocument gold, IReadOnlyList<EventCandidate> proposals)
    {
        var matchedGold = 0;
        var dated = 0;
        var exactlyDated = 0;
        var matchingProposals = new HashSet<int>();
        foreach (var e in gold.Events)
        {
            var overlapping = Enumerable.Range(0, proposals.Count).Where(i => Overlaps(proposals[i], e)).ToList();
            var matching = overlapping.Where(i => DateFits(proposals[i], e)).ToList();
            matchingProposals.UnionWith(matching);
            matchedGold += matching.Count > 0 ? 1 : 0;
            if (overlapping.Count > 0)
            {
                dated++;
                exactlyDated += overlapping.Any(i => proposals[i].Start == e.Start) ? 1 : 0;
            }
        }

        return new DocumentScore(gold.Name, gold.Events.Count, proposals.Count, matchedGold, matchingProposals.Count, dated, exactlyDated);
    }

    public static bool Overlaps(EventCandidate proposal, GoldEvent e)
    {
        var start = proposal.QuoteStart;
        var end = proposal.QuoteStart + proposal.Quote.Length;
        return e.Quotes.Any(q => start < q.End && q.Start < end);
    }

    public static bool DateFits(EventCandidate proposal, GoldEvent e) =>
        proposal.Start == e.Start || (proposal.Start >= e.Start && proposal.Start <= e.EffectiveEnd);
}
