using System.Net;
using System.Net.Http.Json;
using Chronology.Application.Events;
using Chronology.Application.Listing;
using Chronology.Infrastructure.Idempotency;
using Chronology.Infrastructure.Persistence;
using Chronology.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Chronology.IntegrationTests.Hardening;

/// <summary>Idempotency-Key on creates.</summary>
public sealed class IdempotencyTests(ChronologyApiFactory factory) : IClassFixture<ChronologyApiFactory>
{
    private readonly HttpClient editor = factory.CreateEditorClient();

    [Fact]
    public async Task RetriedCreate_WithTheSameKey_ReturnsTheFirstResultAndCreatesNothingNew()
    {
        var body = await EventBodies.ValidAsync(editor, "Idempotent create");
        var key = Guid.NewGuid().ToString();

        using var first = await PostAsync(body, key);
        using var retry = await PostAsync(body, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Equal((await first.ReadAsync<EventResponse>()).Id, (await retry.ReadAsync<EventResponse>()).Id);
        var matches = await editor.GetJsonAsync<PagedResponse<EventResponse>>("/api/v1/events?q=Idempotent%20create");
        Assert.Single(matches.Items);
    }

    [Fact]
    public async Task SameKey_WithADifferentBody_Returns422()
    {
        var key = Guid.NewGuid().ToString();
        using var first = await PostAsync(await EventBodies.ValidAsync(editor, "Key reuse one"), key);

        using var second = await PostAsync(await EventBodies.ValidAsync(editor, "Key reuse two"), key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, second.StatusCode);
        Assert.Contains("different request body", (await second.ReadProblemAsync()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Duplicate_WhileTheFirstIsInFlight_Returns409AndCreatesNothing()
    {
        var key = Guid.NewGuid().ToString();
        using (var scope = factory.Services.CreateScope())
        {
            // The state an instance leaves while it is still working on the first request.
            var db = scope.ServiceProvider.GetRequiredService<ChronologyDbContext>();
            db.Add(new IdempotencyRecord { Scope = $"{ChronologyApiFactory.EditorName}|/api/v1/events", Key = key, RequestHash = "in-flight", CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        using var duplicate = await PostAsync(await EventBodies.ValidAsync(editor, "In flight duplicate"), key);

        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Empty((await editor.GetJsonAsync<PagedResponse<EventResponse>>("/api/v1/events?q=In%20flight%20duplicate")).Items);
    }

    [Fact]
    public async Task FailedCreate_ReleasesTheKey_SoACorrectedRetrySucceeds()
    {
        var key = Guid.NewGuid().ToString();
        using var invalid = await PostAsync(new { title = "" }, key);

        using var corrected = await PostAsync(await EventBodies.ValidAsync(editor, "Corrected retry"), key);

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(HttpStatusCode.Created, corrected.StatusCode);
    }

    private async Task<HttpResponseMessage> PostAsync(object body, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/events") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return await editor.SendAsync(request);
    }
}
