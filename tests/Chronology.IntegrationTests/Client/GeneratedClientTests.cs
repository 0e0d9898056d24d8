using System.Net;
using Chronology.Client;
using Chronology.IntegrationTests.Infrastructure;

namespace Chronology.IntegrationTests.Client;

/// <summary>
/// The typed client NSwag generates from docs/openapi.json (src/Chronology.Client), against the real
/// service: if the committed document and the service drift apart, these fail.
/// </summary>
public sealed class GeneratedClientTests(ChronologyApiFactory factory) : IClassFixture<ChronologyApiFactory>
{
    private const string Place = "al-Jazeera region";

    [Fact]
    public async Task ListEvents_FollowingNextCursor_WalksTheSameEventsAsOneLargePage()
    {
        var client = new ChronologyClient(factory.CreateClient());

        var walked = new List<EventResponse>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await client.ListEventsAsync(place: Place, limit: 1, cursor: cursor);
            Assert.True(page.Items.Count <= 1);
            walked.AddRange(page.Items);
            cursor = page.NextCursor;
            pages++;
        }
        while (cursor is not null && pages < 1000);

        var all = await client.ListEventsAsync(place: Place, limit: 500);

        Assert.Null(all.NextCursor);
        Assert.True(all.Items.Count > 1, "the seed has more than one event in al-Jazeera region");
        Assert.Equal(all.Items.Select(e => e.Id), walked.Select(e => e.Id));
        Assert.All(walked, e => Assert.NotEmpty(e.Title));
        Assert.All(walked, e => Assert.NotEmpty(e.Places));
    }

    [Fact]
    public async Task CreateEvent_RetriedWithTheSameIdempotencyKey_ReturnsTheSameEvent()
    {
        var editor = EditorClient();
        var body = await NewEventAsync(editor, "Typed client idempotent create");
        var key = Guid.NewGuid().ToString();

        EventResponse first, retry;
        using (editor.WithHeaders(("Idempotency-Key", key)))
        {
            first = await editor.CreateEventAsync(body);
            retry = await editor.CreateEventAsync(body);
        }

        Assert.Equal(first.Id, retry.Id);
        Assert.Equal("Typed client idempotent create", first.Title);
        Assert.Equal(1, first.Version);
        var matches = await editor.ListEventsAsync(q: "Typed client idempotent create");
        Assert.Equal(first.Id, Assert.Single(matches.Items).Id);
    }

    [Fact]
    public async Task UpdateEvent_WithAStaleIfMatch_ThrowsApiExceptionWith412()
    {
        var editor = EditorClient();
        var created = await editor.CreateEventAsync(await NewEventAsync(editor, "Typed client original"));
        Assert.Equal(1, created.Version);

        EventResponse updated;
        using (editor.WithHeaders(("If-Match", "\"1\"")))
        {
            updated = await editor.UpdateEventAsync(created.Id, await NewEventAsync(editor, "Typed client first edit"));
        }

        var stale = await Assert.ThrowsAsync<ApiException<ProblemDetails>>(async () =>
        {
            using (editor.WithHeaders(("If-Match", "\"1\"")))
            {
                await editor.UpdateEventAsync(created.Id, await NewEventAsync(editor, "Typed client second edit"));
            }
        });

        Assert.Equal(2, updated.Version);
        Assert.Equal((int)HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(412, stale.Result.Status);
        var read = await editor.GetEventAsync(created.Id);
        Assert.Equal("Typed client first edit", read.Title);
        Assert.Equal(2, read.Version);
    }

    [Fact]
    public async Task ExportCsv_GoesThroughTheClientsHttpClient_AndListsTheSameEvents()
    {
        // listEvents with format=csv answers text/csv, but the generated method is typed for the JSON
        // page, so it cannot return the text: the export goes through the HttpClient the client uses.
        var http = factory.CreateClient();
        var client = new ChronologyClient(http);
        var page = await client.ListEventsAsync(place: Place, limit: 500);

        using var response = await http.GetAsync($"/api/v1/events?format=csv&place={Uri.EscapeDataString(Place)}");
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,start,end,precision,", lines[0]);
        Assert.Equal(page.Items.Select(e => e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), lines.Skip(1).Select(l => l[..l.IndexOf(',')]));
        var typed = await Assert.ThrowsAsync<ApiException>(() => client.ListEventsAsync(place: Place, format: Format.Csv));
        Assert.Equal(200, typed.StatusCode);
    }

    private ChronologyClient EditorClient() => new(factory.CreateClientWithKey(ChronologyApiFactory.EditorKey));

    /// <summary>A valid body citing the seeded article, on the place and a force of the first seeded event.</summary>
    private static async Task<EventRequest> NewEventAsync(ChronologyClient client, string title)
    {
        var seeded = (await client.ListEventsAsync(limit: 1)).Items.Single();
        return new EventRequest
        {
            Title = title,
            Summary = "Written by the typed client's tests.",
            Type = "statement",
            Start = new DateTimeOffset(2015, 3, 5, 0, 0, 0, TimeSpan.Zero),
            Precision = "day",
            Places = [new EventPlaceLink { Id = seeded.Places.First().Id }],
            Forces = [new EventForceLink { Id = seeded.Forces.First().Id, Role = "participant" }],
            Citations = [new CitationLink { SourceId = seeded.Citations.First().SourceId, Quote = "March 5, 2015" }],
        };
    }
}
