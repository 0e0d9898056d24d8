using System.Net;
using System.Text.Json;
using Chronology.Application.Events;
using Chronology.Application.Listing;
using Chronology.Infrastructure.Persistence;
using Chronology.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Chronology.IntegrationTests.Events;

/// <summary>
/// The single event and the data version are read through <see cref="HotReads"/>: on SQLite over connections that
/// stay open with their statements compiled. They must answer as the request's own connection would: every
/// committed write seen by the next read, concurrent reads each getting their own answer, a failed read leaving
/// nothing broken behind.
/// </summary>
public sealed class EventHotReadTests(ChronologyApiFactory factory) : IClassFixture<ChronologyApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();
    private readonly HttpClient editor = factory.CreateEditorClient();

    [Fact]
    public async Task ConcurrentReadsOfDifferentEvents_EachGetTheEventTheListShows()
    {
        var listed = (await client.GetJsonAsync<PagedResponse<EventResponse>>("/api/v1/events?limit=40")).Items;
        Assert.Equal(40, listed.Count);

        // Three rounds of 40 at once: more readers than the runner keeps connections for, so some open anew. One round
        // at a time: the tests' PostgreSQL connections are not pooled, and 120 at once (with the other test classes'
        // connections) ran the server out of its 100 slots.
        for (var round = 0; round < 3; round++)
        {
            var reads = listed.Select(async expected =>
                (expected, actual: await client.GetJsonAsync<EventResponse>($"/api/v1/events/{expected.Id}")));
            foreach (var (expected, actual) in await Task.WhenAll(reads))
            {
                Assert.Equal(JsonSerializer.Serialize(expected, HttpJson.Options), JsonSerializer.Serialize(actual, HttpJson.Options));
            }
        }
    }

    [Fact]
    public async Task EveryWrite_IsSeenByTheNextReadOfTheEvent_AndMovesTheDataVersion()
    {
        var created = await editor.CreateEventAsync(await client.NewEventBodyAsync("Hot read 0"));
        var versions = new List<string>();
        for (var i = 1; i <= 8; i++)
        {
            // Warm the reader's connections on the old state first, so a read that kept an old snapshot would show it.
            Assert.Equal(i, (await client.GetJsonAsync<EventResponse>($"/api/v1/events/{created.Id}")).Version);
            versions.Add(await ListETagAsync());

            using (var edit = await editor.SendJsonAsync(HttpMethod.Put, $"/api/v1/events/{created.Id}", await client.NewEventBodyAsync($"Hot read {i}")))
            {
                Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
            }

            var read = await client.GetJsonAsync<EventResponse>($"/api/v1/events/{created.Id}");
            Assert.Equal($"Hot read {i}", read.Title);
            Assert.Equal(i + 1, read.Version);
            Assert.NotEqual(versions[^1], await ListETagAsync());
        }

        Assert.Equal(versions.Count, versions.Distinct().Count());
    }

    [Fact]
    public async Task AFailedRead_Throws_AndTheNextReadsAnswer()
    {
        var reads = factory.Services.GetRequiredService<HotReads>();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChronologyDbContext>();

        var listed = Assert.Single((await client.GetJsonAsync<PagedResponse<EventResponse>>("/api/v1/events?limit=1")).Items);

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => reads.ReadAsync(
            db, """SELECT "NoSuchColumn" FROM "Events" WHERE "Id" = @id""", ReadTitleAsync, CancellationToken.None, ("@id", listed.Id)));
        var title = await reads.ReadAsync(db, """SELECT "Title" FROM "Events" WHERE "Id" = @id""", ReadTitleAsync, CancellationToken.None, ("@id", listed.Id));

        Assert.Equal(listed.Title, title);
    }

    private async Task<string> ListETagAsync()
    {
        using var response = await client.GetAsync("/api/v1/events?limit=1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.ETag!.Tag;
    }

    private static async Task<string> ReadTitleAsync(System.Data.Common.DbDataReader reader, CancellationToken cancellationToken)
    {
        Assert.True(await reader.ReadAsync(cancellationToken));
        return reader.GetString(0);
    }
}
