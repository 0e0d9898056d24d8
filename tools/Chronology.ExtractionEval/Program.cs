using Chronology.ExtractionEval.Evaluation;

// Usage: dotnet run --project tools/Chronology.ExtractionEval -c Release [-- <repository root>] [--verbose]
var verbose = args.Contains("--verbose");
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
