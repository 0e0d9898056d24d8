using System.Net;
using System.Net.Http.Json;
using Chronology.Application.Changes;
using Chronology.Application.Events;
using Chronology.IntegrationTests.Infrastructure;

namespace Chronology.IntegrationTests.Changes;

/// <summary>GET /changes: every committed change in commit order, deletions included, none missed and none twice.</summary>
public sealed class ChangeFeedTests(ChronologyApiFactory factory) : IClassFixture<ChronologyApiFactory>
{
    private readonly HttpClient editor = factory.CreateEditorClient();

    [Fact]
    public async Task Feed_ListsACreateUpdateAndDeleteInOrder_WithVersions()
    {
        var start = await ChangeFeedClient.HeadAsync(editor);
        var created = await EventBodies.CreateAsync(editor, "Feed subject");
        using (var update = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/events/{created.Id}")
        { Content = JsonContent.Create(await EventBodies.ValidAsync(editor, "Feed subject, renamed")) })
        {
            (await editor.SendAsync(update)).EnsureSuccessStatusCode();
        }

        (await editor.DeleteAsync($"/api/v1/events/{created.Id}")).EnsureSuccessStatusCode();

        var (changes, _) = await ChangeFeedClient.FollowAsync(editor, start);

        var mine = changes.Where(c => c.Entity == "event" && c.Id == created.Id).ToList();
        Assert.Equal([("created", 1), ("updated", 2), ("deleted", 2)], mine.Select(c => (c.Action, c.Version)));
        Assert.True(mine.Select(c => c.Seq).SequenceEqual(mine.Select(c => c.Seq).Order()));
    }

    [Fact]
    public async Task Feed_AfterNow_HasNoItemsAndACursorToContinueFrom()
    {
        var page = await editor.GetJsonAsync<ChangePage>("/api/v1/changes?after=now");
        await EventBodies.CreateAsync(editor, "After now");

        var next = await editor.GetJsonAsync<ChangePage>($"/api/v1/changes?after={Uri.EscapeDataString(page.NextCursor)}");
        var idle = await editor.GetJsonAsync<ChangePage>($"/api/v1/changes?after={Uri.EscapeDataString(next.NextCursor)}");

        Assert.Empty(page.Items);
        Assert.Equal("created", Assert.Single(next.Items).Action);
        Assert.Empty(idle.Items);
        Assert.Equal(next.NextCursor, idle.NextCursor);
    }

    [Theory]
    [InlineData("after=bm90LWEtY3Vyc29y", "cursor")]
    [InlineData("after=42", "cursor")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=501", "limit")]
    public async Task Feed_WithABadCursorOrLimit_Is400(string query, string member)
    {
        using var response = await editor.GetAsync($"/api/v1/changes?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadProblemAsync()).GetProperty("errors").TryGetProperty(member, out _));
    }

    [Fact]
    public async Task Feed_ACursorOfAnotherList_Is400()
    {
        var eventsCursor = (await editor.GetJsonAsync<Application.Listing.PagedResponse<EventResponse>>("/api/v1/events?limit=1")).NextCursor!;

        using var response = await editor.GetAsync($"/api/v1/changes?after={Uri.EscapeDataString(eventsCursor)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
