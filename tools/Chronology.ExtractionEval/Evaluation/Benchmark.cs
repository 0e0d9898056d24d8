using System.Diagnostics;
using System.Globalization;
using Chronology.Extraction;

namespace Chronology.ExtractionEval.Evaluation;

/// <summary>
/// With --bench: times extraction of the longest eval document (median of many runs after warm-up) and of a
/// ~4 MB text made of the eval documents repeated, with the managed memory each run allocated and the peak
/// heap. Timings live here, never in unit tests.
/// </summary>
public static class Benchmark
{
    private const int Runs = 20;
    private const int LargeRuns = 3;
    private const int LargeChars = 4_000_000;

    public static void Run(EvaluationInputs inputs, TextWriter output)
    {
        var gazetteer = SeedChronology.LoadGazetteer(inputs.SeedChronology);
        var documents = Directory.GetFiles(inputs.DocumentsDirectory, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        if (documents.Count == 0)
        {
            output.WriteLine("bench: no documents in " + inputs.DocumentsDirectory);
            return;
        }

        var longest = documents.MaxBy(d => d.Length)!;
        Measure(output, $"bench: longest document ({longest.Length} chars)", longest, gazetteer, warmups: 3, Runs);

        var joined = string.Join("\n\n", documents) + "\n\n";
        var large = string.Concat(Enumerable.Repeat(joined, (LargeChars / joined.Length) + 1));
        Measure(output, $"bench: documents repeated ({large.Length} chars)", large, gazetteer, warmups: 1, LargeRuns);
    }

    private static void Measure(TextWriter output, string label, string text, Gazetteer gazetteer, int warmups, int runs)
    {
        var candidates = 0;
        for (var i = 0; i < warmups; i++)
        {
            candidates = DocumentExtractor.Extract(text, gazetteer, "Bench").Candidates.Count;
        }

        var times = new List<double>(runs);
        var allocated = new List<long>(runs);
        long peakHeap = 0;
        for (var i = 0; i < runs; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            var result = DocumentExtractor.Extract(text, gazetteer, "Bench");
            watch.Stop();
            allocated.Add(GC.GetTotalAllocatedBytes(precise: true) - before);
            peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(forceFullCollection: false));
            GC.KeepAlive(result);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        var info = GC.GetGCMemoryInfo(GCKind.Any);
        peakHeap = Math.Max(peakHeap, info.HeapSizeBytes);
        times.Sort();
        allocated.Sort();
        output.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "{0}: runs={1} median_ms={2:0.0} min_ms={3:0.0} max_ms={4:0.0} candidates={5} allocated_mb={6:0.0} peak_heap_mb={7:0.0}",
            label, runs, Median(times), times[0], times[^1], candidates, allocated[allocated.Count / 2] / 1048576.0, peakHeap / 1048576.0));
    }

    private static double Median(List<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}
