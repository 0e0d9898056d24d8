using Chronology.ExtractionEval.Evaluation;

namespace Chronology.Extraction.Tests.Evaluation;

public class EvaluationTargetTests
{
    private static readonly string Root = AppContext.BaseDirectory;

    private static EvaluationInputs Inputs => new(
        Path.Combine(Root, "seed", "is-from-beginning-to-end-part-4.txt"),
        Path.Combine(Root, "seed", "chronology.json"),
        Path.Combine(Root, "eval", "gold"),
        Path.Combine(Root, "eval", "documents"));

    [Fact]
    public void Seed_MeetsTargets()
    {
        var (documents, _, _) = EvaluationRun.Run(Inputs);
        var seed = documents.Single(d => d.Document == EvaluationRun.SeedName);
        Assert.True(seed.Recall >= 0.95, $"seed recall {seed.Recall:0.000}");
        Assert.True(seed.Precision >= 0.70, $"seed precision {seed.Precision:0.000}");
    }

    [Fact]
    public void WikipediaSet_MeetsTargets()
    {
        var (documents, _, _) = EvaluationRun.Run(Inputs);
        var wikipedia = DocumentScore.Total(documents.Where(d => d.Document != EvaluationRun.SeedName).ToList());
        Assert.True(wikipedia.Gold > 0, "no eval/ gold was copied to the test output");
        Assert.True(wikipedia.Recall >= 0.85, $"recall {wikipedia.Recall:0.000}");
        Assert.True(wikipedia.Precision >= 0.80, $"precision {wikipedia.Precision:0.000}");
        Assert.True(wikipedia.DateAccuracy >= 0.90, $"date accuracy {wikipedia.DateAccuracy:0.000}");
    }

    [Fact]
    public void Extraction_IsDeterministic()
    {
        var text = File.ReadAllText(Path.Combine(Root, "eval", "documents", "siege-of-kobani.txt"));
        var gazetteer = SeedChronology.LoadGazetteer(Inputs.SeedChronology);
        var first = DocumentExtractor.Extract(text, gazetteer, "Wikipedia");
        var second = DocumentExtractor.Extract(text, gazetteer, "Wikipedia");
        Assert.Equal(first.Candidates.Select(c => (c.QuoteStart, c.Start, c.Type)), second.Candidates.Select(c => (c.QuoteStart, c.Start, c.Type)));
    }

    // Timings are measured by the benchmark (ExtractionEval --bench), never asserted here: this checks that a
    // 4 MB text is read to its end, every repetition alike, with exact quotes.
    [Fact]
    public void LargeText_IsProcessedCompletely()
    {
        const int Repetitions = 480;
        var article = File.ReadAllText(Inputs.SeedArticle) + "\n\n";
        var gazetteer = SeedChronology.LoadGazetteer(Inputs.SeedChronology);
        var text = string.Concat(Enumerable.Repeat(article, Repetitions));
        Assert.True(text.Length >= 4_000_000, $"{text.Length} chars");

        var twice = DocumentExtractor.Extract(article + article, gazetteer, "Big").Candidates;
        var perRepetition = twice.Count(c => c.QuoteStart >= article.Length);
        var result = DocumentExtractor.Extract(text, gazetteer, "Big").Candidates;

        Assert.True(perRepetition > 0);
        Assert.All(result, c => Assert.Equal(c.Quote, text.Substring(c.QuoteStart, c.Quote.Length)));
        var byRepetition = result.GroupBy(c => c.QuoteStart / article.Length).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(Repetitions, byRepetition.Count);
        Assert.All(Enumerable.Range(1, Repetitions - 1), r => Assert.Equal(perRepetition, byRepetition[r]));
    }
}
