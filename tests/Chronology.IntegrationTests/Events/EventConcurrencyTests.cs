using System.Net;
using System.Net.Http.Headers;
using Chronology.Application.Events;
using Chronology.IntegrationTests.Infrastructure;

namespace Chronology.IntegrationTests.Events;

/// <summary>No lost updates: ETags on reads and writes, If-Match on writes, If-None-Match on reads.</summary>
public sealed class EventConcurrencyTests(ChronologyApiFactory factory) : IClassFixture<ChronologyApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();
    private readonly HttpClient editor = factory.CreateEditorClient();

    [Fact]
    public async Task Get_ReturnsTheVersionAsAStrongETag()
    {
        var created = await editor.CreateEventAsync(await client.NewEventBodyAsync("ETag"));

        using var response = await client.GetAsync($"/api/v1/events/{created.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.ETag!.IsWeak);
        Assert.Equal("\"1\"", response.Headers.ETag.Tag);
    }

    [Fact]
    public async Task Update_WithTheCurrentIfMatch_Returns200AndANewETag()
    {
        var created = await editor.CreateEventAsync(await client.NewEventBodyAsync("Current"));
        var etag = (await client.GetAsync($"/api/v1/events/{created.Id}")).Headers.ETag!.Tag;

        using var response = await editor.SendJsonAsync(HttpMethod.Put, $"/api/v1/events/{created.Id}", await client.NewEventBodyAsync("Current, edited"), etag);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"2\"", response.Headers.ETag!.Tag);
        Assert.Equal(2, (await response.ReadAsync<EventResponse>()).Version);
    }

    [Fact]
    public async Task Update_WithAStaleIfMatch_Returns412AndKeepsTheOtherEdit()
    {
        var created = await editor.CreateEventAsync(await client.NewEventBodyAsync("Original"));
        var stale = (await client.GetAsync($"/api/v1/events/{created.Id}")).Headers.ETag!.Tag;
        using (var first = await editor.SendJsonAsync(HttpMethod.Put, $"/api/v1/events/{created.Id}", await client.NewEventBodyAsync("First editor"), stale))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        using var second = await editor.SendJsonAsync(HttpMethod.Put, $"/api/v1/events/{created.Id}", await client.NewEventBodyAsync("Second editor"), stale);

        await second.AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        var read = await client.GetJsonAsync<EventResponse>($"/api/v1/events/{created.Id}");
        Assert.Equal("First editor", read.Title);
        Assert.Equal(2, read.Version);
    }

    [Theory]
    [InlineData("\"99\"")]
    [InlineData("not-an-etag")]
    public async Task Update_WithAnIfMatchNamingNoVersion_Returns412(string ifMatch)
    {
        var created = await editor.CreateEventAsync(await client.NewEventBodyAsync("Garbled"));

        using var response = await editor.SendJsonAsync(HttpMethod.Put, $"/api/v1/events/{created.Id}", await client.NewEventBodyAsync("Garbled, edited"), ifMatch);

        await response.AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal(1, (await client.GetJsonAsync<EventResponse>($"/api/v1/events/{created.Id}")).Version);
    }

    [Fact]
    public async Task Delete_WithAStaleIfMatch_Returns412AndKeepsTheEvent()
    {
        var created = await editor.CreateEventAsync(await client.NewEventBodyAsync("Kept"));
        using (var edit = await editor.SendJsonAsync(HttpMethod.Put, $"/api/v1/events/{created.Id}", await client.NewEventBodyAsync("Kept, edited")))
        {
            Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        }

        using var response = await editor.SendJsonAsync(HttpMethod.Delete, $"/api/v1/events/{created.Id}", null, "\"1\"");

        await response.AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/events/{created.Id}")).StatusCode);
    }

    [Fact]
    public async Task Delete_WithTheCurrentIfMatch_Returns204AndTheEventIsGone()
    {
        var created = await editor.CreateEventAsync(await client.NewEventBodyAsync("Deleted with If-Match"));

        using var response = await editor.SendJsonAsync(HttpMethod.Delete, $"/api/v1/events/{created.Id}", null, "\"1\"");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        using var read = await client.GetAsync($"/api/v1/events/{created.Id}");
        await read.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain(created.Id, await client.EventIdsAsync(""));
    }

    [Fact]
    public async Task Get_WithIfNoneMatchOfTheCurrentETag_Returns304_AndOfAnOldOne200()
    {
        var created = await editor.CreateEventAsync(await client.NewEventBodyAsync("Conditional"));
        using (var edit = await editor.SendJsonAsync(HttpMethod.Put, $"/api/v1/events/{created.Id}", await client.NewEventBodyAsync("Conditional, edited")))
        {
            Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        }

        using var current = await ConditionalGetAsync(created.Id, "\"2\"");
        using var old = await ConditionalGetAsync(created.Id, "\"1\"");

        Assert.Equal(HttpStatusCode.NotModified, current.StatusCode);
        Assert.Empty(await current.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        Assert.Equal("Conditional, edited", (await old.ReadAsync<EventResponse>()).Title);
    }

    [Fact]
    public async Task Place_UpdateWithAStaleIfMatch_Returns412()
    {
        var syria = await client.PlaceAsync("Syria");
        var place = await editor.CreatePlaceAsync("Concurrency village", "village", syria.Id);
        var body = new { name = "Concurrency village", kind = "village", parentId = syria.Id };
        using (var first = await editor.SendJsonAsync(HttpMethod.Put, $"/api/v1/places/{place.Id}", body, "\"1\""))
        {
            Assert.Equal("\"2\"", first.Headers.ETag!.Tag);
        }

        using var second = await editor.SendJsonAsync(HttpMethod.Put, $"/api/v1/places/{place.Id}", body, "\"1\"");

        await second.AssertProblemAsync(HttpStatusCode.PreconditionFailed);
    }

    private async Task<HttpResponseMessage> ConditionalGetAsync(int id, string etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/events/{id}");
        request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(etag));
        return await client.SendAsync(request);
    }
}
