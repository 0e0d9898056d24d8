using Chronology.Extraction;

namespace Chronology.ExtractionEval.Evaluation;

/// <summary>With --verbose: the gold events missed and the proposals matching nothing, for tuning rules.</summary>
public static class MissReport
{
    public static void Write(EvaluationInputs inputs, TextWriter output)
    {
        var gazetteer = SeedChronology.LoadGazetteer(inputs.SeedChronology);
        var (_, _, gold) = EvaluationRun.Run(inputs);
        foreach (var document in gold)
        {
            var proposals = DocumentExtractor.Extract(document.Text, gazetteer, document.Name).Candidates;
            foreach (var e in document.Events.Where(e => !proposals.Any(p => Scorer.Overlaps(p, e) && Scorer.DateFits(p, e))))
            {
                var near = proposals.Where(p => Scorer.Overlaps(p, e)).Select(p => $"{p.Start:yyyy-MM-dd}");
                var quote = e.Quotes.Count > 0 ? document.Text[e.Quotes[0].Start..e.Quotes[0].End] : "(quote not found)";
                output.WriteLine($"MISS {document.Name} {e.Start:yyyy-MM-dd} [{string.Join(',', near)}] {Shorten(quote)}");
            }

            foreach (var p in proposals.Where(p => !document.Events.Any(e => Scorer.Overlaps(p, e) && Scorer.DateFits(p, e))))
            {
                output.WriteLine($"EXTRA {document.Name} {p.Start:yyyy-MM-dd} {p.Type} '{p.DateText}' {Shorten(p.Quote)}");
            }
        }
    }

    private static string Shorten(string text) => text.Length > 150 ? text[..150] + "…" : text;
}
