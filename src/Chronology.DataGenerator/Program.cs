using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Chronology.DataGenerator;

/// <summary>
/// dotnet run -c Release --project src/Chronology.DataGenerator -- [--events N] [--provider Sqlite|Postgres]
/// [--connection "&lt;connection string&gt;"] [--seed N] [--batch N]. Without --provider and --connection the
/// service's own configuration applies: the top-level appsettings.json (copied beside this program) and the
/// environment (Database__Provider, ConnectionStrings__Chronology).
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var parsed = CommandLine.Parse(args);
        if (parsed.Error is not null)
        {
            Console.Error.WriteLine($"generator: {parsed.Error}");
            Console.Error.WriteLine(CommandLine.Usage);
            return 2;
        }

        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(parsed.Settings)
            .Build();

        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        var result = await new SyntheticDataGenerator(configuration).GenerateAsync(parsed.Options, new ConsoleProgress(), cancellation.Token);
        Console.WriteLine(Invariant(
            $"generator: done on {result.Provider}: {result.Events:N0} events (ids {result.FirstEventId}–{result.LastEventId}), {result.EventPlaces:N0} place links, {result.EventForces:N0} force links, {result.Citations:N0} citations; {result.Places:N0} places ({result.PlaceAliases:N0} aliases), {result.Forces:N0} forces ({result.ForceAliases:N0} aliases), source {result.SourceId}"));
        Console.WriteLine(Invariant(
            $"generator: elapsed {result.Elapsed.TotalSeconds:F1} s; events step {result.EventElapsed.TotalSeconds:F1} s = {result.EventsPerSecond:N0} events/s"));
        return 0;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>One line per step, and one per tenth of the events with the rate so far; printed in order on the caller's thread.</summary>
    private sealed class ConsoleProgress : IProgress<GenerationProgress>
    {
        public void Report(GenerationProgress p) => Console.WriteLine(p.Step == "events"
            ? Invariant($"generator: events {p.Done:N0}/{p.Total:N0} ({p.Done * 100 / Math.Max(1, p.Total)}%) at {p.EventsPerSecond:N0} events/s, {p.Elapsed.TotalSeconds:F1} s")
            : Invariant($"generator: {p.Step} at {p.Elapsed.TotalSeconds:F1} s"));
    }
}
