using System.Globalization;
using Chronology.Extraction;

namespace Chronology.ExtractionEval.Evaluation;

/// <summary>Where the evaluation reads from: the seed article and chronology, and the eval/ folder.</summary>
public sealed record EvaluationInputs(string SeedArticle, string SeedChronology, string GoldDirectory, string DocumentsDirectory)
{
    /// <summary>The layout of the repository: seed data under src/, gold and documents under eval/.</summary>
    public static EvaluationInputs InRepository(string root) => new(
        Path.Combine(root, "src", "Chronology.Infrastructure", "Seed", "Data", "is-from-beginning-to-end-part-4.txt"),
        Path.Combine(root, "src", "Chronology.Infrastructure", "Seed", "Data", "chronology.json"),
        Path.Combine(root, "eval", "gold"),
        Path.Combine(root, "eval", "documents"));
}

/// <summary>Runs the extractor over every gold document and scores it.</summary>
public static class EvaluationRun
{
    public const string SeedName = "is-from-beginning-to-end-part-4.txt";

    public static (IReadOnlyList<DocumentScore> Documents, DocumentScore Total, IReadOnlyList<GoldDocument> Gold) Run(EvaluationInputs inputs)
    {
        var gazetteer = SeedChronology.LoadGazetteer(inputs.SeedChronology);
        var gold = new List<GoldDocument> { SeedChronology.LoadGold(inputs.SeedChronology, inputs.SeedArticle) };
        if (Directory.Exists(inputs.GoldDirectory))
        {
            gold.AddRange(Directory.GetFiles(inputs.GoldDirectory, "*.json").Order(StringComparer.Ordinal)
                .Select(path => GoldFile.Load(path, inputs.DocumentsDirectory)));
        }

        var scores = gold.Select(g => Scorer.Score(g, DocumentExtractor.Extract(g.Text, gazetteer, g.Name).Candidates)).ToList();
        return (scores, DocumentScore.Total(scores), gold);
    }

    public static string Line(DocumentScore s) => string.Format(
        CultureInfo.InvariantCulture,
        "{0,-42} {1,5} {2,9} {3,7} {4,7:0.000} {5,9:0.000} {6,8:0.000}",
        s.Document, s.Gold, s.Proposals, s.MatchedGold, s.Recall, s.Precision, s.DateAccuracy);

    public static string Header => string.Format(
        CultureInfo.InvariantCulture,
        "{0,-42} {1,5} {2,9} {3,7} {4,7} {5,9} {6,8}", "document", "gold", "proposals", "matched", "recall", "precision", "date_acc");

    /// <summary>A subset's rates, e.g. "wikipedia: documents=4 recall=… precision=… date_accuracy=…".</summary>
    public static string Subtotal(string label, int documents, DocumentScore total) => string.Format(
        CultureInfo.InvariantCulture,
        "{0}: documents={1} recall={2:0.000} precision={3:0.000} date_accuracy={4:0.000}",
        label, documents, total.Recall, total.Precision, total.DateAccuracy);

    public static string Summary(int documents, DocumentScore total) => string.Format(
        CultureInfo.InvariantCulture,
        "extraction: documents={0} recall={1:0.000} precision={2:0.000} date_accuracy={3:0.000}",
        documents, total.Recall, total.Precision, total.DateAccuracy);
}
