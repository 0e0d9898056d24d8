using System.Collections.Concurrent;
using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Chronology.Application.Events;
using Chronology.Infrastructure.Persistence;
using Chronology.IntegrationTests.Common;
using Chronology.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Chronology.IntegrationTests.Hardening;

/// <summary>
/// Acknowledged writes survive a crash; a stop under load finishes what it started. What a lost page
/// cache (power loss) would lose is not simulated here (see docs/security.md, Durability): the settings
/// that decide it are read from the live connection instead.
/// </summary>
public sealed class DurabilityTests : IDisposable
{
    /// <summary>Host:ShutdownTimeoutSeconds as documented and shipped, plus time for the runtime to exit.</summary>
    private static readonly TimeSpan ShutdownDeadline = TimeSpan.FromSeconds(15 + 5);

    private static readonly TimeSpan LoadDeadline = TimeSpan.FromSeconds(60);

    private readonly TestDatabase database = TestDatabase.CreateNew();

    [Fact]
    public async Task TheLiveConnection_CommitsDurably()
    {
        using var factory = ChronologyApiFactory.With([], database);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ChronologyDbContext>();

        if (TestDatabase.IsPostgres)
        {
            // The service's sessions must not weaken what the server is configured to do (e.g. by
            // "SET synchronous_commit = off" or an Options=-c … in the connection string).
            foreach (var setting in new[] { "synchronous_commit", "fsync", "full_page_writes" })
            {
                var reset = await ScalarAsync(db, $"SELECT reset_val FROM pg_settings WHERE name = '{setting}'");
                Assert.Equal(reset, await ScalarAsync(db, $"SHOW {setting}"));
            }
        }
        else
        {
            Assert.Equal("wal", await DatabaseSettingsTests.LivePragmaAsync(db, "journal_mode"));
            Assert.Equal(2L, await DatabaseSettingsTests.LivePragmaAsync(db, "synchronous")); // 2 = FULL
        }
    }

    [Fact]
    public async Task Sigkill_DuringAStreamOfWrites_LosesNoAcknowledgedWrite()
    {
        var acknowledged = new ConcurrentBag<int>();
        using (var service = await ServiceProcess.StartAsync(database))
        {
            var body = await EventBodies.ValidAsync(service.Client, "placeholder");
            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, 4).Select(_ => WriteUntilStoppedAsync(service.Client, body, acknowledged, stop.Token)).ToList();

            await WaitUntilAsync(() => acknowledged.Count >= 60, "60 acknowledged writes");
            service.Signal("KILL");
            Assert.True(service.WaitForExit(TimeSpan.FromSeconds(10)));
            await stop.CancelAsync();
            await Task.WhenAll(writers).WaitAsync(LoadDeadline);
        }

        using var restarted = await ServiceProcess.StartAsync(database);
        foreach (var id in acknowledged)
        {
            using var response = await restarted.Client.GetAsync($"/api/v1/events/{id}");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"Event {id} was acknowledged with 201 but is gone after the crash.");
        }

        Assert.Empty(await ConsistencyProblemsAsync(acknowledged));
    }

    [Fact]
    public async Task Sigterm_UnderLoad_FinishesEveryAcceptedRequestWithout5xxAndExitsWithinTheShutdownTimeout()
    {
        using var service = await ServiceProcess.StartAsync(database);
        var answered = new ConcurrentBag<HttpStatusCode>();
        var failedBeforeSignal = new ConcurrentBag<string>();
        var signalled = new TaskCompletionSource();
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 8).Select(_ => ReadUntilStoppedAsync(service.Client, signalled.Task, answered, failedBeforeSignal, stop.Token)).ToList();
        var slowBody = new HeldJsonContent("""{"title":"Sent across the shutdown","language":"en","text":"Half before SIGTERM""", """, half after."}""");
        var slowWrite = service.Client.PostAsync("/api/v1/sources", slowBody);
        await slowBody.FirstPartSent.WaitAsync(LoadDeadline);
        await WaitUntilAsync(() => answered.Count >= 100, "100 answered reads");

        signalled.SetResult();
        service.Signal("TERM");
        slowBody.SendTheRest();
        using var slowAnswer = await slowWrite.WaitAsync(ShutdownDeadline);
        var exited = service.WaitForExit(ShutdownDeadline);
        await stop.CancelAsync();
        await Task.WhenAll(readers).WaitAsync(LoadDeadline);

        Assert.True(exited, $"The service did not exit within the shutdown timeout. Output:\n{service.Output}");
        // Kestrel either lets the rest of the body in (201) or cancels its read when the stop begins (503, nothing
        // stored, retry); which one is a race inside Kestrel. Never a 500.
        Assert.True(slowAnswer.StatusCode is HttpStatusCode.Created or HttpStatusCode.ServiceUnavailable,
            $"The write sent across SIGTERM answered {(int)slowAnswer.StatusCode}: {await slowAnswer.Content.ReadAsStringAsync()}\nOutput:\n{service.Output}");
        if (slowAnswer.StatusCode == HttpStatusCode.ServiceUnavailable)
        {
            Assert.Equal("5", slowAnswer.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await using DbConnection connection = TestDatabase.IsPostgres
                ? new NpgsqlConnection(database.ConnectionString)
                : new SqliteConnection(database.ConnectionString);
            await connection.OpenAsync();
            Assert.Equal("0", await ScalarAsync(connection, "SELECT count(*) FROM \"Sources\" WHERE \"Title\" = 'Sent across the shutdown'"));
        }
        Assert.Empty(failedBeforeSignal);
        Assert.DoesNotContain(answered, s => (int)s >= 500);
        Assert.Contains("Application is shutting down", service.Output);
    }

    public void Dispose() => database.Drop();

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + LoadDeadline;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"No {what} within {LoadDeadline.TotalSeconds} s.");
            await Task.Delay(20);
        }
    }

    private static async Task WriteUntilStoppedAsync(HttpClient client, object body, ConcurrentBag<int> acknowledged, CancellationToken stop)
    {
        var deadline = DateTime.UtcNow + LoadDeadline;
        while (!stop.IsCancellationRequested && DateTime.UtcNow < deadline)
        {
            try
            {
                using var response = await client.PostAsJsonAsync("/api/v1/events", body, CancellationToken.None);
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    acknowledged.Add((await response.ReadAsync<EventResponse>()).Id);
                }
            }
            catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
            {
                // Killed mid-request: no answer, so nothing acknowledged. The check is on what was acknowledged.
                await Task.Delay(10, CancellationToken.None);
            }
        }
    }

    // A request started before SIGTERM was sent must get its answer; one started after may find the
    // listener closed (that is a refused connection, not a lost request).
    private static async Task ReadUntilStoppedAsync(
        HttpClient client, Task signalled, ConcurrentBag<HttpStatusCode> answered, ConcurrentBag<string> failedBeforeSignal, CancellationToken stop)
    {
        var deadline = DateTime.UtcNow + LoadDeadline;
        while (!stop.IsCancellationRequested && DateTime.UtcNow < deadline)
        {
            var startedBeforeSignal = !signalled.IsCompleted;
            try
            {
                using var response = await client.GetAsync("/api/v1/events?limit=100", CancellationToken.None);
                answered.Add(response.StatusCode);
            }
            catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
            {
                if (startedBeforeSignal)
                {
                    failedBeforeSignal.Add(e.GetBaseException().Message);
                }

                await Task.Delay(10, CancellationToken.None);
            }
        }
    }

    // After a crash: the file passes SQLite's own checks, every acknowledged event is a row, and no
    // citation, place link or force link points at an event that is not there.
    private async Task<List<string>> ConsistencyProblemsAsync(IReadOnlyCollection<int> acknowledged)
    {
        var problems = new List<string>();
        await using DbConnection connection = TestDatabase.IsPostgres
            ? new NpgsqlConnection(database.ConnectionString)
            : new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        if (!TestDatabase.IsPostgres)
        {
            var integrity = await ScalarAsync(connection, "PRAGMA integrity_check");
            if (integrity != "ok")
            {
                problems.Add($"integrity_check: {integrity}");
            }

            if (await ScalarAsync(connection, "PRAGMA foreign_key_check") is { Length: > 0 } violation)
            {
                problems.Add($"foreign_key_check: {violation}");
            }
        }

        var ids = string.Join(',', acknowledged);
        var found = await ScalarAsync(connection, $"SELECT count(*) FROM \"Events\" WHERE \"Id\" IN ({ids})");
        if (found != acknowledged.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            problems.Add($"{acknowledged.Count} events acknowledged, {found} rows");
        }

        foreach (var table in new[] { "Citations", "EventPlaces", "EventForces" })
        {
            var orphans = await ScalarAsync(connection,
                $"SELECT count(*) FROM \"{table}\" t WHERE NOT EXISTS (SELECT 1 FROM \"Events\" e WHERE e.\"Id\" = t.\"EventId\")");
            if (orphans != "0")
            {
                problems.Add($"{orphans} rows of {table} point at no event");
            }
        }

        return problems;
    }

    private static async Task<string?> ScalarAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<string?> ScalarAsync(ChronologyDbContext db, string sql)
    {
        await db.Database.OpenConnectionAsync();
        try
        {
            return await ScalarAsync(db.Database.GetDbConnection(), sql);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>A JSON body sent in two parts: the second only when the test says so.</summary>
    private sealed class HeldJsonContent : HttpContent
    {
        private readonly byte[] first;
        private readonly byte[] rest;
        private readonly TaskCompletionSource firstPartSent = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource sendTheRest = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public HeldJsonContent(string first, string rest)
        {
            this.first = Encoding.UTF8.GetBytes(first);
            this.rest = Encoding.UTF8.GetBytes(rest);
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        }

        public Task FirstPartSent => firstPartSent.Task;

        public void SendTheRest() => sendTheRest.TrySetResult();

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(first);
            await stream.FlushAsync();
            firstPartSent.TrySetResult();
            await sendTheRest.Task;
            await stream.WriteAsync(rest);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = first.Length + rest.Length;
            return true;
        }
    }
}
