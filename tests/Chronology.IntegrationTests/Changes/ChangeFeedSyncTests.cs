using System.Net;
using System.Net.Http.Json;
using Chronology.Application.Changes;
using Chronology.Application.Events;
using Chronology.Infrastructure.Persistence;
using Chronology.IntegrationTests.Infrastructure;
using Npgsql;

namespace Chronology.IntegrationTests.Changes;

/// <summary>
/// The README's sync recipe, run as a mirror while writers race on two instances over one database: the
/// follower sees every committed change once, in feed order, and its copy ends identical to the server.
/// On PostgreSQL the writers' transactions overlap, so a feed ordered by ids taken before commit would
/// let a late committer slip behind a follower's cursor; this test catches that.
/// </summary>
public sealed class ChangeFeedSyncTests : IAsyncLifetime
{
    private const int WritersPerInstance = 2;
    private const int RoundsPerWriter = 12;
    private const int SlowWrites = 3;

    private readonly TwoInstances instances = new();

    public Task InitializeAsync() => instances.StartAsync();

    [Fact]
    public async Task Mirror_FollowingTheFeedDuringRacingWrites_EndsIdenticalToTheServer()
    {
        var reader = instances.First.CreateClient();
        var cursor = await ChangeFeedClient.HeadAsync(reader);
        var start = cursor;

        var writers = Enumerable.Range(0, WritersPerInstance * 2)
            .Select(n => Task.Run(() => WriteAsync((n % 2 == 0 ? instances.First : instances.Second).CreateEditorClient(), n)))
            .Append(Task.Run(SlowWritesAsync))
            .ToArray();

        // The recipe: walk the events once, then follow the feed from the position taken before the walk.
        var mirror = (await EventWalker.WalkAsync(reader, "", 7)).ToDictionary(e => e.Id);
        var seen = new List<long>();
        while (!writers.All(w => w.IsCompleted))
        {
            cursor = await ApplyAsync(reader, mirror, cursor, seen);
        }

        await Task.WhenAll(writers);
        for (var before = -1; before != seen.Count;)
        {
            before = seen.Count;
            cursor = await ApplyAsync(reader, mirror, cursor, seen);
        }

        var server = await EventWalker.WalkAsync(instances.Second.CreateClient(), "", 500);
        Assert.Equal(server.Select(e => (e.Id, e.Version, e.Title)), mirror.Values.OrderBy(e => e.Start).ThenBy(e => e.Id).Select(e => (e.Id, e.Version, e.Title)));

        var (everything, _) = await ChangeFeedClient.FollowAsync(instances.Second.CreateClient(), start, 500);
        Assert.Equal(everything.Select(c => c.Seq), seen);
        Assert.Equal(WritersPerInstance * 2 * RoundsPerWriter * 2 + (WritersPerInstance * 2 * RoundsPerWriter / 3)
            + (TestDatabase.IsPostgres ? SlowWrites : 0), everything.Count);
    }

    public Task DisposeAsync() => instances.StopAsync();

    // Each round creates an event and renames it; every third round deletes it again.
    private static async Task WriteAsync(HttpClient editor, int writer)
    {
        for (var round = 0; round < RoundsPerWriter; round++)
        {
            var created = await EventBodies.CreateAsync(editor, $"Writer {writer} round {round}");
            using var update = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/events/{created.Id}")
            {
                Content = JsonContent.Create(await EventBodies.ValidAsync(editor, $"Writer {writer} round {round}, renamed")),
            };
            (await editor.SendAsync(update)).EnsureSuccessStatusCode();
            if (round % 3 == 2)
            {
                (await editor.DeleteAsync($"/api/v1/events/{created.Id}")).EnsureSuccessStatusCode();
            }
        }
    }

    // A writer that holds its commit back for a second after its change is in: the late committer a feed
    // ordered by insert-time ids would skip. It keeps the service's protocol (the commit-order lock), and
    // the service's own writers must wait for it. SQLite runs one write transaction at a time already.
    private async Task SlowWritesAsync()
    {
        if (!TestDatabase.IsPostgres)
        {
            return;
        }

        await using var connection = new NpgsqlConnection(instances.Database.ConnectionString);
        await connection.OpenAsync();
        for (var n = 0; n < SlowWrites; n++)
        {
            await Task.Delay(300);
            await using var transaction = await connection.BeginTransactionAsync();
            await using var command = new NpgsqlCommand(
                $"SELECT pg_advisory_xact_lock({DatabaseProviders.CommitOrderLock}); "
                + "INSERT INTO \"AuditEntries\" (\"EntityType\", \"EntityId\", \"Action\", \"Editor\", \"At\", \"Version\") "
                + "SELECT 'event', min(\"Id\"), 'updated', 'slow-writer', now(), 1 FROM \"Events\"; SELECT pg_sleep(1);",
                connection, transaction);
            await command.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
        }
    }

    private static async Task<string> ApplyAsync(HttpClient reader, Dictionary<int, EventResponse> mirror, string cursor, List<long> seen)
    {
        var page = await reader.GetJsonAsync<ChangePage>($"/api/v1/changes?limit=5&after={Uri.EscapeDataString(cursor)}");
        foreach (var change in page.Items)
        {
            Assert.True(seen.Count == 0 || change.Seq > seen[^1], $"change {change.Seq} came after {seen.LastOrDefault()}");
            seen.Add(change.Seq);
            if (change.Entity != "event")
            {
                continue;
            }

            using var response = await reader.GetAsync($"/api/v1/events/{change.Id}");
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                mirror.Remove(change.Id);
            }
            else
            {
                var current = await response.ReadAsync<EventResponse>();
                if (!mirror.TryGetValue(current.Id, out var held) || held.Version < current.Version)
                {
                    mirror[current.Id] = current;
                }
            }
        }

        return page.NextCursor;
    }
}
