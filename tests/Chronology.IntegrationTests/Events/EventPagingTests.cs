using System.Net;
using Chronology.Application.Events;
using Chronology.Application.Listing;
using Chronology.IntegrationTests.Infrastructure;

namespace Chronology.IntegrationTests.Events;

/// <summary>Page sizes and keyset cursors of the event list, under filters, sorts and concurrent writes.</summary>
public sealed class EventPagingTests(ChronologyApiFactory factory) : IClassFixture<ChronologyApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();
    private readonly HttpClient editor = factory.CreateEditorClient();

    [Fact]
    public async Task List_WithALimit_ReturnsThatManyAndACursor()
    {
        var page = await client.GetJsonAsync<PagedResponse<EventResponse>>("/api/v1/events?limit=3");

        Assert.Equal(3, page.Items.Count);
        Assert.False(string.IsNullOrEmpty(page.NextCursor));
    }

    [Fact]
    public async Task List_WithTheMaximumLimit_ReturnsEverythingAndNoCursor()
    {
        var page = await client.GetJsonAsync<PagedResponse<EventResponse>>("/api/v1/events?limit=500");

        Assert.InRange(page.Items.Count, 40, 500);
        Assert.Null(page.NextCursor);
    }

    [Fact]
    public async Task List_WithoutALimit_ReturnsAtMostFifty()
    {
        var all = await client.EventIdsAsync("");

        var page = await client.GetJsonAsync<PagedResponse<EventResponse>>("/api/v1/events");

        Assert.Equal(all.Take(50), page.Items.Select(e => e.Id));
        Assert.Equal(all.Count > 50, page.NextCursor is not null);
    }

    [Theory]
    [InlineData("place=Syria")]
    [InlineData("force=IS&role=target")]
    [InlineData("type=liberation,capture&sort=-date")]
    [InlineData("from=2015&to=2016&sort=updated")]
    public async Task CursorWalk_UnderAFilter_EqualsTheUnpagedList(string query)
    {
        var unpaged = (await client.GetJsonAsync<PagedResponse<EventResponse>>($"/api/v1/events?limit=500&{query}")).Items;

        var walked = await EventWalker.WalkAsync(client, query, 3);

        Assert.True(unpaged.Count > 3, $"'{query}' should span several pages of 3");
        Assert.Equal(unpaged.Select(e => e.Id), walked.Select(e => e.Id));
    }

    [Fact]
    public async Task List_WithATamperedCursor_Returns400()
    {
        var cursor = (await client.GetJsonAsync<PagedResponse<EventResponse>>("/api/v1/events?limit=2")).NextCursor!;
        var middle = cursor.Length / 2;
        var tampered = cursor[..middle] + (cursor[middle] == 'A' ? 'B' : 'A') + cursor[(middle + 1)..];

        using var response = await client.GetAsync($"/api/v1/events?limit=2&cursor={Uri.EscapeDataString(tampered)}");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor("cursor"));
    }

    [Theory]
    [InlineData("type=campaign")]
    [InlineData("type=liberation&sort=-date")]
    [InlineData("type=liberation&place=Iraq")]
    public async Task List_WithACursorFromOtherFilters_Returns400(string otherQuery)
    {
        var cursor = (await client.GetJsonAsync<PagedResponse<EventResponse>>("/api/v1/events?limit=2&type=liberation")).NextCursor!;

        using var response = await client.GetAsync($"/api/v1/events?limit=2&{otherQuery}&cursor={Uri.EscapeDataString(cursor)}");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor("cursor"));
    }

    [Fact]
    public async Task List_WithTheSameCursorAndFilters_ReturnsTheNextPage()
    {
        var all = await client.EventIdsAsync("type=liberation");
        var first = await client.GetJsonAsync<PagedResponse<EventResponse>>("/api/v1/events?limit=2&type=liberation");

        var second = await client.GetJsonAsync<PagedResponse<EventResponse>>(
            $"/api/v1/events?limit=2&type=liberation&cursor={Uri.EscapeDataString(first.NextCursor!)}");

        Assert.Equal(all.Skip(2).Take(2), second.Items.Select(e => e.Id));
    }

    [Fact]
    public async Task CursorWalk_WhileAnotherClientInserts_NeitherSkipsNorRepeatsTheEventsThatExisted()
    {
        var before = await client.EventIdsAsync("");
        var walked = new List<EventResponse>();
        string? cursor = null;
        var page = 0;
        do
        {
            var url = "/api/v1/events?limit=5" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor));
            var body = await client.GetJsonAsync<PagedResponse<EventResponse>>(url);
            walked.AddRange(body.Items);
            cursor = body.NextCursor;
            if (++page == 2)
            {
                // One event before the walk's position, and one after it.
                await InsertAsync("Inserted before the cursor", "2013-06-01");
                await InsertAsync("Inserted after the cursor", "2018-06-01");
            }
        }
        while (cursor is not null);

        var existing = walked.Where(e => before.Contains(e.Id)).Select(e => e.Id).ToList();
        Assert.Equal(before, existing);
        Assert.Equal(walked.Count, walked.Select(e => e.Id).Distinct().Count());
        Assert.Contains(walked, e => e.Title == "Inserted after the cursor");
        Assert.DoesNotContain(walked, e => e.Title == "Inserted before the cursor");
    }

    private async Task InsertAsync(string title, string start)
    {
        var body = await client.NewEventBodyAsync(title);
        body["start"] = start;
        await editor.CreateEventAsync(body);
    }
}
