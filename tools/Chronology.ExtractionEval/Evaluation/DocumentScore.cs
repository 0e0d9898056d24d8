namespace Chronology.ExtractionEval.Evaluation;

/// <summary>The counts one document contributes, and the rates they give.</summary>
public sealed record DocumentScore(string Document, int Gold, int Proposals, int MatchedGold, int MatchingProposals, int DatedGold, int ExactlyDatedGold)
{
    public double Recall => Gold == 0 ? 1 : (double)MatchedGold / Gold;

    public double Precision => Proposals == 0 ? 1 : (double)MatchingProposals / Proposals;

    /// <summary>Among gold events whose quote a proposal overlaps, the share some overlapping proposal dates exactly.</summary>
    public double DateAccuracy => DatedGold == 0 ? 1 : (double)ExactlyDatedGold / DatedGold;

    public static DocumentScore Total(IReadOnlyList<DocumentScore> scores) => new(
        "TOTAL",
        scores.Sum(s => s.Gold),
        scores.Sum(s => s.Proposals),
        scores.Sum(s => s.MatchedGold),
        scores.Sum(s => s.MatchingProposals),
        scores.Sum(s => s.DatedGold),
        scores.Sum(s => s.ExactlyDatedGold));
}
