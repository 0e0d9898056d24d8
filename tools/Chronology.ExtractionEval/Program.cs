using Chronology.ExtractionEval.Evaluation;

// Usage: dotnet run --project tools/Chronology.ExtractionEval -c Release [-- <repository root>] [--verbose]
//        dotnet run --project tools/Chronology.ExtractionEval -c Release -- --bench   (timings and memory)
var verbose = args.Contains("--verbose");
if (args.Contains("--bench"))
{
    var benchRoot = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? FindRoot(Directory.GetCurrentDirectory());
    Benchmark.Run(EvaluationInputs.InRepository(benchRoot), Console.Out);
    return;
}

if (args.Length == 2 && args[0] == "--candidates")
{
    // Prints every candidate of one document, for reading what the rules did.
    var seed = EvaluationInputs.InRepository(FindRoot(Directory.GetCurrentDirectory()));
    var found = Chronology.Extraction.DocumentExtractor.Extract(File.ReadAllText(args[1]), SeedChronology.LoadGazetteer(seed.SeedChronology), Path.GetFileName(args[1]));
    foreach (var c in found.Candidates)
    {
        Console.WriteLine($"{c.QuoteStart,6} {c.Start:yyyy-MM-dd} {c.Type,-12} {c.Trace[0]} | {c.Title} | {(c.Quote.Length > 100 ? c.Quote[..100] : c.Quote)}");
    }

    return;
}

var root = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? FindRoot(Directory.GetCurrentDirectory());
var (documents, total, gold) = EvaluationRun.Run(EvaluationInputs.InRepository(root));
Console.WriteLine(EvaluationRun.Header);
foreach (var score in documents)
{
    Console.WriteLine(EvaluationRun.Line(score));
}

Console.WriteLine(EvaluationRun.Line(total));
foreach (var missing in gold.SelectMany(g => g.UnlocatedQuotes.Select(q => $"{g.Name}: quote not found: {q}")))
{
    Console.Error.WriteLine(missing);
}

if (verbose)
{
    MissReport.Write(EvaluationInputs.InRepository(root), Console.Error);
}

var wikipedia = documents.Where(d => d.Document != EvaluationRun.SeedName).ToList();
Console.WriteLine(EvaluationRun.Subtotal("wikipedia", wikipedia.Count, DocumentScore.Total(wikipedia)));
Console.WriteLine(EvaluationRun.Summary(documents.Count, total));

static string FindRoot(string from)
{
    for (var dir = new DirectoryInfo(from); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Chronology.sln")))
        {
            return dir.FullName;
        }
    }

    return from;
}
