using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Chronology.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Npgsql;
using Xunit.Abstractions;

namespace Chronology.IntegrationTests.Fuzz;

/// <summary>
/// Thousands of invalid and boundary requests, made from the service's own OpenAPI document, against
/// every documented operation: none may fail the server (5xx), every error must be problem details
/// with its status and a trace id, and no answer may show the service's internals. Set
/// CHRONOLOGY_FUZZ_REQUESTS (at least 5,000) and CHRONOLOGY_FUZZ_SEED to run more or other requests.
/// </summary>
public sealed class FuzzTests(FuzzTests.Server server, ITestOutputHelper output) : IClassFixture<FuzzTests.Server>
{
    public const int MinimumRequests = 5_000;
    public const int DefaultSeed = 20261125;
    private const int Parallelism = 4;

    [Fact]
    public async Task FuzzedRequests_NeverFailTheServer_AndAlwaysAnswerWithCleanProblemDetails()
    {
        var (count, seed) = Settings();
        var client = server.CreateClient();
        var operations = await DocumentedOperationsAsync(client);
        var targets = await FuzzTargets.LoadAsync(client, operations);
        var requests = new FuzzCaseGenerator(operations, targets, seed).Generate(count).ToList();

        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var failures = new ConcurrentBag<(int Index, string Text)>();
        var statuses = new ConcurrentDictionary<int, int>();
        var writes = new WriteTally();
        var sent = 0;
        await Parallel.ForEachAsync(Lanes(requests), new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (lane, _) =>
        {
            foreach (var index in lane)
            {
                var request = requests[index];
                var (status, failure) = await SendAsync(client, request);
                Interlocked.Increment(ref sent);
                statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
                writes.Add(request, status);
                if (failure is not null)
                {
                    failures.Add((index, $"#{index} {failure}\n{request.Describe()}"));
                }
            }
        });

        output.WriteLine($"{sent} requests (seed {seed}) in {clock.Elapsed.TotalSeconds:0.0} s ({(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0.0} s of CPU in this process); statuses: "
            + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
        output.WriteLine("Fuzzed writes by the fuzzer's verdict on the body:\n  " + string.Join("\n  ", writes.Lines()));
        foreach (var failure in failures.OrderBy(f => f.Index).Skip(12).Take(200))
        {
            output.WriteLine(failure.Text);
        }

        // After the garbage, the data must still keep the product's rules, read back through the API.
        var walk = await DataInvariants.CheckAsync(client);
        output.WriteLine($"Walked {walk.Records} records after the run ({walk.Events} events, {walk.Citations} citations, {walk.HistoryEntries} history entries).");

        Assert.True(failures.IsEmpty, $"{failures.Count} of {sent} fuzzed requests (seed {seed}) got a bad answer:\n\n"
            + string.Join("\n\n", failures.OrderBy(f => f.Index).Take(12).Select(f => f.Text)));
        Assert.True(walk.Failures.Count == 0, $"After the fuzz run (seed {seed}) the data breaks {walk.Failures.Count} rules:\n" + string.Join("\n", walk.Failures.Take(40)));
        // Fuzzed deletes remove seeded events; what stays must still have been read.
        Assert.True(walk.Events > 0 && walk.Citations >= walk.Events, $"The walk read only {walk.Events} events and {walk.Citations} citations.");
        Assert.True(sent >= MinimumRequests && sent == requests.Count, $"Sent {sent} of {requests.Count} requests; at least {MinimumRequests} must go out.");

        // The requests got past the front door: authorisation, routing, binding, validation and the database all answered.
        Assert.All(new[] { 200, 304, 400, 401, 403, 404, 405, 406, 412, 415 }, expected =>
            Assert.True(statuses.ContainsKey(expected), $"No request was answered {expected}; the fuzzer no longer reaches that far."));
        Assert.True(statuses.Keys.Any(s => s is 201 or 204), "No fuzzed write succeeded; the valid-looking bodies have stopped being valid.");

        // The check that only a valid body is taken is exercised on both sides for every kind of record:
        // bodies judged valid were created, bodies judged invalid were sent (and, by the check above, refused).
        Assert.All(new[] { "events", "places", "forces", "sources" }, collection =>
        {
            var create = $"POST /api/v1/{collection}";
            Assert.True(writes.Taken(create, Verdict.Valid) >= 1, $"No fuzzed {create} was taken (seed {seed}); its base body has stopped being valid.\n" + string.Join("\n", writes.Lines()));
            Assert.True(writes.Sent(create, Verdict.Invalid) >= 1, $"No fuzzed {create} had a body judged invalid (seed {seed}).");
        });
    }

    [Fact]
    public async Task TheDocument_DescribesEveryWriteWithABodySchema()
    {
        var operations = await DocumentedOperationsAsync(server.CreateClient());

        var writes = operations.Where(o => o.Method is "POST" or "PUT").ToList();
        Assert.NotEmpty(writes);
        // Running an extraction is the one write that takes no body: the source's text is its input.
        var bodiless = writes.Where(w => w.BodyMediaTypes.Count == 0).Select(w => w.ToString()).ToList();
        Assert.Equal(["POST /api/v1/sources/{id}/extractions"], bodiless);
        Assert.All(writes, write => Assert.True(write.NeedsKey, $"{write} has no security"));
        Assert.All(writes.Where(w => w.BodyMediaTypes.Count > 0),
            write => Assert.True(write.Body is { Properties.Count: > 0 }, $"{write} has no body schema"));
        Assert.Contains(operations, o => o.Query.Any(p => p.Schema.Type == "integer"));
        Assert.Contains(operations, o => o.PathParameters.Any());
    }

    /// <summary>The service's own document, as the fuzzer reads it; at least the 24 operations of four resources.</summary>
    public static async Task<IReadOnlyList<ApiOperation>> DocumentedOperationsAsync(HttpClient client)
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync("/swagger/v1/swagger.json"));
        var operations = OpenApiOperations.Parse(document.RootElement);
        Assert.True(operations.Count >= 24, $"The document lists only {operations.Count} operations.");
        return operations;
    }

    /// <summary>Sends one request; the status, and what is wrong with the answer (or the exchange) if anything.</summary>
    public static async Task<(int Status, string? Failure)> SendAsync(HttpClient client, FuzzRequest request)
    {
        try
        {
            using var message = request.ToMessage(client.BaseAddress!);
            using var response = await client.SendAsync(message);
            var body = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            var failure = ResponseChecks.Check(request.Method, status, response.Content.Headers.ContentType?.MediaType, body);
            if (failure is null && status is >= 200 and < 300 && request.Method is "POST" or "PUT")
            {
                failure = CheckAcceptedWrite(request, status, response.Content.Headers.ContentType?.MediaType, body);
            }

            return (status, failure is null ? null : $"{failure}\nAnswer: {status} {response.Content.Headers.ContentType}\n{Shorten(body)}");
        }
        catch (Exception exception)
        {
            // The in-memory server rethrows what the pipeline did not handle: a 500 by another name.
            return (0, $"the exchange failed: {exception.GetType().Name}: {exception.Message}");
        }
    }

    /// <summary>
    /// A write the service took: no body the fuzzer judged invalid may be taken, and what comes back
    /// is the record as stored (composed text, no invisible characters in names) with no internal column.
    /// </summary>
    private static string? CheckAcceptedWrite(FuzzRequest request, int status, string? mediaType, string body)
    {
        // A body the fuzzer cannot judge may go either way; the WriteTally counts them.
        if (request.BodyVerdict == Verdict.Invalid)
        {
            return $"{status} for a body the fuzzer judged invalid: a write must only succeed with a valid body";
        }

        if (mediaType is not ("application/json" or "text/json") || body.Length == 0)
        {
            return null;
        }

        using var document = JsonDocument.Parse(body);
        if (InternalColumns.Find(document.RootElement).ToList() is { Count: > 0 } found)
        {
            return $"{status} answer shows internal columns: {string.Join(", ", found)}";
        }

        return ResponseChecks.AnswersWithTheStoredRecord(request.Url) ? ResponseChecks.CheckStoredText(body) : null;
    }

    /// <summary>
    /// Writes go one at a time in one lane, reads share the others: the fuzzer looks for bad input
    /// handling, not races, so a failure replays from its request alone (races have their own tests).
    /// </summary>
    private static IEnumerable<List<int>> Lanes(List<FuzzRequest> requests)
    {
        var lanes = Enumerable.Range(0, Parallelism).Select(_ => new List<int>()).ToList();
        var reads = 0;
        for (var i = 0; i < requests.Count; i++)
        {
            var lane = requests[i].Method is "GET" or "HEAD" ? 1 + (reads++ % (Parallelism - 1)) : 0;
            lanes[lane].Add(i);
        }

        return lanes;
    }

    private static string Shorten(string body) => body.Length > 2000 ? body[..2000] + "…" : body;

    private static (int Count, int Seed) Settings()
    {
        static int? Read(string name) =>
            int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

        return (Math.Max(MinimumRequests, Read("CHRONOLOGY_FUZZ_REQUESTS") ?? MinimumRequests), Read("CHRONOLOGY_FUZZ_SEED") ?? DefaultSeed);
    }

    /// <summary>The service on the in-memory test server, with its own database: fuzzed writes that succeed touch nothing else.</summary>
    public sealed class Server : ChronologyApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);

            // The in-memory server has no body size feature, and ASP.NET Core warns of it on every write.
            builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.AspNetCore", "Error");

            // Pooled connections: thousands of requests cannot each open one (Database.Drop clears the pools).
            builder.UseSetting("ConnectionStrings:Chronology", TestDatabase.IsPostgres
                ? new NpgsqlConnectionStringBuilder(Database.ConnectionString) { Pooling = true }.ConnectionString
                : new SqliteConnectionStringBuilder(Database.ConnectionString) { Pooling = true }.ConnectionString);
        }
    }
}
