using Chronology.Extraction.Dates;

namespace Chronology.Extraction.Candidates;

/// <summary>
/// Confidence from visible features: how the date was written (a full date beats month or year, which beat
/// an anchored or relative one), an event verb, a known place, a known force, a count of dead.
/// </summary>
public static class ConfidenceScorer
{
    public static double Score(ResolvedDate date, bool hasEventVerb, bool hasPlace, bool hasForce, bool hasFatalities)
    {
        var score = date switch
        {
            { IsExplicit: true, Precision: DatePrecisionKind.Day } => 0.35,
            { IsExplicit: true } => 0.25,
            { Expression.IsRelative: false } => 0.25,
            _ => 0.15,
        };
        if (date.Approximate)
        {
            score -= 0.05;
        }

        score += hasEventVerb ? 0.3 : 0;
        score += hasPlace ? 0.15 : 0;
        score += hasForce ? 0.15 : 0;
        score += hasFatalities ? 0.05 : 0;
        return Math.Round(Math.Clamp(score, 0, 1), 2);
    }
}
