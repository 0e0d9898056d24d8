using System.Globalization;
using Chronology.DataGenerator;
using Microsoft.Extensions.Configuration;

// Usage: dotnet run -c Release --project src/Chronology.DataGenerator -- [--events N] [--provider Sqlite|Postgres]
//        [--connection "<connection string>"] [--seed N] [--batch N]
// Without --provider/--connection the service's own configuration applies: the top-level appsettings.json
// (copied beside this program) and the environment (Database__Provider, ConnectionStrings__Chronology).
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

var progress = new SynchronousProgress(p => Console.WriteLine(p.Step == "events"
    ? string.Create(CultureInfo.InvariantCulture, $"generator: events {p.Done:N0}/{p.Total:N0} ({p.Done * 100 / Math.Max(1, p.Total)}%) at {p.EventsPerSecond:N0} events/s, {p.Elapsed.TotalSeconds:F1} s")
    : string.Create(CultureInfo.InvariantCulture, $"generator: {p.Step} at {p.Elapsed.TotalSeconds:F1} s")));

var result = await new SyntheticDataGenerator(configuration).GenerateAsync(parsed.Options, progress, cancellation.Token);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"generator: done on {result.Provider}: {result.Events:N0} events (ids {result.FirstEventId}–{result.LastEventId}), {result.EventPlaces:N0} place links, {result.EventForces:N0} force links, {result.Citations:N0} citations; {result.Places:N0} places ({result.PlaceAliases:N0} aliases), {result.Forces:N0} forces ({result.ForceAliases:N0} aliases), source {result.SourceId}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"generator: elapsed {result.Elapsed.TotalSeconds:F1} s, events step {result.EventElapsed.TotalSeconds:F1} s = {result.EventsPerSecond:N0} events/s"));
return 0;

/// <summary>Reports on the calling thread, in order (Progress&lt;T&gt; would post to the thread pool).</summary>
internal sealed class SynchronousProgress(Action<GenerationProgress> report) : IProgress<GenerationProgress>
{
    public void Report(GenerationProgress value) => report(value);
}
