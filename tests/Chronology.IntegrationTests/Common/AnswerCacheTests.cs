using System.Net;
using Chronology.Application.Events;
using Chronology.Application.Listing;
using Chronology.IntegrationTests.Infrastructure;

namespace Chronology.IntegrationTests.Common;

/// <summary>
/// Lists, exports and statistics carry a data-version ETag, answer If-None-Match with 304 while nothing
/// was written, and are kept in memory — yet no instance serves an answer older than a write another
/// instance has acknowledged.
/// </summary>
public sealed class AnswerCacheTests : IAsyncLifetime
{
    private readonly TwoInstances instances = new();

    public Task InitializeAsync() => instances.StartAsync();

    [Theory]
    [InlineData("/api/v1/events?place=sinjar")]
    [InlineData("/api/v1/events?format=csv")]
    [InlineData("/api/v1/events/stats?groupBy=year")]
    [InlineData("/api/v1/places?q=kobani")]
    [InlineData("/api/v1/forces")]
    [InlineData("/api/v1/sources")]
    public async Task Answer_WithItsETag_Is304UntilSomethingIsWritten(string url)
    {
        var client = instances.First.CreateClient();
        using var answer = await client.GetAsync(url);
        var etag = answer.Headers.ETag!.Tag;

        using var again = await Conditional(client, url, etag);
        using var elsewhere = await Conditional(instances.Second.CreateClient(), url, etag);
        await EventBodies.CreateAsync(instances.Second.CreateEditorClient(), "A write that moves the data version");
        using var afterWrite = await Conditional(client, url, etag);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, elsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterWrite.StatusCode);
        Assert.NotEqual(etag, afterWrite.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task KeptAnswer_IsNeverOlderThanAWriteAcknowledgedByTheOtherInstance()
    {
        var reader = instances.First.CreateClient();
        var before = await reader.GetJsonAsync<PagedResponse<EventResponse>>("/api/v1/events?q=acknowledged&limit=500");
        var repeated = await reader.GetJsonAsync<PagedResponse<EventResponse>>("/api/v1/events?q=acknowledged&limit=500");

        var created = await EventBodies.CreateAsync(instances.Second.CreateEditorClient(), "Written elsewhere, acknowledged");
        var after = await reader.GetJsonAsync<PagedResponse<EventResponse>>("/api/v1/events?q=acknowledged&limit=500");

        using var delete = await instances.Second.CreateEditorClient().DeleteAsync($"/api/v1/events/{created.Id}");
        var afterDelete = await reader.GetJsonAsync<PagedResponse<EventResponse>>("/api/v1/events?q=acknowledged&limit=500");

        Assert.Empty(before.Items);
        Assert.Empty(repeated.Items);
        Assert.Equal([created.Id], after.Items.Select(e => e.Id));
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Empty(afterDelete.Items);
    }

    [Fact]
    public async Task KeptAnswer_IsTheSameAnswer_AndEachRepresentationHasItsOwnETag()
    {
        var client = instances.First.CreateClient();
        using var json = await client.GetAsync("/api/v1/events?place=kobani");
        using var jsonAgain = await client.GetAsync("/api/v1/events?place=kobani");
        using var csvRequest = new HttpRequestMessage(HttpMethod.Get, "/api/v1/events?place=kobani");
        csvRequest.Headers.Accept.ParseAdd("text/csv");
        using var csv = await client.SendAsync(csvRequest);

        Assert.Equal(await json.Content.ReadAsStringAsync(), await jsonAgain.Content.ReadAsStringAsync());
        Assert.Equal(json.Content.Headers.ContentType!.MediaType, jsonAgain.Content.Headers.ContentType!.MediaType);
        Assert.Equal(json.Headers.ETag, jsonAgain.Headers.ETag);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.NotEqual(json.Headers.ETag!.Tag, csv.Headers.ETag!.Tag);
        Assert.Contains("Accept", json.Headers.Vary);
    }

    [Fact]
    public async Task ABadQuery_GetsNoETag()
    {
        using var response = await instances.First.CreateClient().GetAsync("/api/v1/events?from=never");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.ETag);
    }

    public Task DisposeAsync() => instances.StopAsync();

    private static Task<HttpResponseMessage> Conditional(HttpClient client, string url, string etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.ParseAdd(etag);
        return client.SendAsync(request);
    }
}
