using System.Net;
using Chronology.Application.Events;
using Chronology.Application.Listing;
using Chronology.IntegrationTests.Infrastructure;

namespace Chronology.IntegrationTests.Events;

/// <summary>The chronological list and its cursor paging.</summary>
public sealed class EventListTests(ChronologyApiFactory factory) : IClassFixture<ChronologyApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();
    private readonly HttpClient editor = factory.CreateEditorClient();

    [Fact]
    public async Task List_ByDefault_ReturnsFiftyEventsInDateOrderWithACursor()
    {
        // The seed holds 43 events: add enough that a default page cannot hold them all.
        var body = await editor.NewEventBodyAsync("Page filler");
        for (var count = (await client.EventIdsAsync("")).Count; count <= 55; count++)
        {
            await editor.CreateEventAsync(body);
        }

        var all = await client.EventIdsAsync("");
        var page = await client.GetJsonAsync<PagedResponse<EventResponse>>("/api/v1/events");
        var next = await client.GetJsonAsync<PagedResponse<EventResponse>>($"/api/v1/events?cursor={Uri.EscapeDataString(page.NextCursor!)}");

        Assert.Equal(50, page.Items.Count);
        Assert.Equal(all.Take(50), page.Items.Select(e => e.Id));
        Assert.Equal(all.Skip(50), next.Items.Select(e => e.Id));
        Assert.Null(next.NextCursor);
        Assert.Equal(page.Items.OrderBy(e => e.Start).ThenBy(e => e.UpdatedAt).ThenBy(e => e.Id).Select(e => e.Id), page.Items.Select(e => e.Id));
        Assert.Equal(new DateOnly(2014, 1, 1), page.Items[0].Start);
    }

    [Fact]
    public async Task CursorWalk_YieldsEveryEventExactlyOnceInDateOrder()
    {
        var all = (await client.GetJsonAsync<PagedResponse<EventResponse>>("/api/v1/events?limit=500")).Items;

        var walked = await EventWalker.WalkAsync(client, "", 7);

        Assert.Equal(all.Select(e => e.Id), walked.Select(e => e.Id));
        Assert.Equal(walked.Count, walked.Select(e => e.Id).Distinct().Count());
        Assert.True(walked.Zip(walked.Skip(1)).All(pair => pair.First.Start <= pair.Second.Start));
    }

    [Fact]
    public async Task List_ItemsCarryPlacesWithCoordinatesForcesWithRolesAndCitations()
    {
        var page = await client.GetJsonAsync<PagedResponse<EventResponse>>("/api/v1/events?limit=500");

        var massacre = Assert.Single(page.Items, e => e.Type == EventType.Massacre);
        Assert.Equal(253, massacre.Fatalities);
        Assert.Equal(new DateOnly(2015, 6, 25), massacre.Start);
        var kobani = Assert.Single(massacre.Places);
        Assert.Equal("Kobanî", kobani.Name);
        Assert.InRange(kobani.Lat!.Value, 36.8, 37.0);
        Assert.InRange(kobani.Lon!.Value, 38.3, 38.5);
        Assert.Contains(massacre.Forces, f => f.Abbreviation == "IS" && f.Role == ForceRole.Initiator);
        Assert.Contains("253 people were killed", Assert.Single(massacre.Citations).Quote);
    }

    [Fact]
    public async Task Get_ReturnsTheEventWithAnETag_And304WhenUnchanged()
    {
        var first = (await client.GetJsonAsync<PagedResponse<EventResponse>>("/api/v1/events?limit=1")).Items[0];

        using var response = await client.GetAsync($"/api/v1/events/{first.Id}");
        var etag = response.Headers.ETag;
        using var conditional = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/events/{first.Id}");
        conditional.Headers.IfNoneMatch.Add(etag!);
        using var notModified = await client.SendAsync(conditional);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"\"{first.Version}\"", etag!.Tag);
        Assert.Equal(first, await response.ReadAsync<EventResponse>(), new EventComparer());
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task Get_UnknownId_Returns404ProblemDetails()
    {
        using var response = await client.GetAsync("/api/v1/events/999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Contains("999999", problem.GetProperty("detail").GetString());
        Assert.True(problem.TryGetProperty("traceId", out _));
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=501", "limit")]
    [InlineData("limit=abc", "limit")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    public async Task List_WithBadPaging_Returns400NamingTheParameter(string query, string parameter)
    {
        using var response = await client.GetAsync($"/api/v1/events?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
        Assert.DoesNotContain("System.", problem.ToString());
    }

    private sealed class EventComparer : IEqualityComparer<EventResponse>
    {
        public bool Equals(EventResponse? x, EventResponse? y) =>
            x is not null && y is not null && x.Id == y.Id && x.Title == y.Title && x.Version == y.Version
            && x.Places.SequenceEqual(y.Places) && x.Forces.SequenceEqual(y.Forces) && x.Citations.SequenceEqual(y.Citations);

        public int GetHashCode(EventResponse obj) => obj.Id;
    }
}
