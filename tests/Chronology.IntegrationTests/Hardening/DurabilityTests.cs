using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Chronology.Application.Events;
using Chronology.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Chronology.IntegrationTests.Hardening;

/// <summary>Acknowledged writes survive a crash; a stop under load finishes what it started.</summary>
public sealed class DurabilityTests : IDisposable
{
    private readonly TestDatabase database = TestDatabase.CreateNew();

    [Fact]
    public async Task Sigkill_DuringAStreamOfWrites_LosesNoAcknowledgedWrite()
    {
        var acknowledged = new ConcurrentBag<int>();
        using (var service = await ServiceProcess.StartAsync(database))
        {
            var body = await EventBodies.ValidAsync(service.Client, "placeholder");
            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, 4).Select(w => WriteUntilStoppedAsync(service.Client, body, w, acknowledged, stop.Token)).ToList();

            while (acknowledged.Count < 60)
            {
                await Task.Delay(20);
            }

            service.Signal("KILL");
            Assert.True(service.WaitForExit(TimeSpan.FromSeconds(10)));
            await stop.CancelAsync();
            await Task.WhenAll(writers);
        }

        using var restarted = await ServiceProcess.StartAsync(database);
        foreach (var id in acknowledged)
        {
            using var response = await restarted.Client.GetAsync($"/api/v1/events/{id}");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"Event {id} was acknowledged with 201 but is gone after the crash.");
        }

        Assert.Equal("ok", IntegrityCheck());
    }

    [Fact]
    public async Task Sigterm_UnderLoad_FinishesInFlightRequestsWithout5xxAndExits()
    {
        using var service = await ServiceProcess.StartAsync(database);
        var statuses = new ConcurrentBag<HttpStatusCode>();
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 8).Select(_ => ReadUntilStoppedAsync(service.Client, statuses, stop.Token)).ToList();
        while (statuses.Count < 100)
        {
            await Task.Delay(20);
        }

        service.Signal("TERM");
        var exited = service.WaitForExit(TimeSpan.FromSeconds(30));
        await stop.CancelAsync();
        await Task.WhenAll(readers);

        Assert.True(exited, $"The service did not exit within the shutdown timeout. Output:\n{service.Output}");
        Assert.DoesNotContain(statuses, s => (int)s >= 500);
        Assert.Contains("Application is shutting down", service.Output);
    }

    public void Dispose() => database.Drop();

    private static async Task WriteUntilStoppedAsync(HttpClient client, object body, int writer, ConcurrentBag<int> acknowledged, CancellationToken stop)
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
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
                // The process is gone: nothing more will be acknowledged.
                await Task.Delay(10, CancellationToken.None);
            }
        }
    }

    private static async Task ReadUntilStoppedAsync(HttpClient client, ConcurrentBag<HttpStatusCode> statuses, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                using var response = await client.GetAsync("/api/v1/events?limit=100", CancellationToken.None);
                statuses.Add(response.StatusCode);
            }
            catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
            {
                // Refused once the listener has closed: not an answer, so not a 5xx.
                await Task.Delay(10, CancellationToken.None);
            }
        }
    }

    private string IntegrityCheck()
    {
        if (TestDatabase.IsPostgres)
        {
            return "ok";
        }

        using var connection = new SqliteConnection(database.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }
}
