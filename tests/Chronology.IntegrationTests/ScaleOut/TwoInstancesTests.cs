using System.Net;
using System.Net.Http.Json;
using Chronology.Application.Events;
using Chronology.Application.Listing;
using Chronology.Application.Places;
using Chronology.IntegrationTests.Infrastructure;

namespace Chronology.IntegrationTests.ScaleOut;

/// <summary>
/// Two service instances over one database (PostgreSQL in CI's second run, a shared SQLite file
/// otherwise): started together, they migrate and seed once, and each sees the other's writes at once.
/// </summary>
public sealed class TwoInstancesTests : IAsyncLifetime
{
    private readonly TwoInstances instances = new();

    // Both start at once: migrations and seeding must not collide or run twice.
    public Task InitializeAsync() => instances.StartAsync();

    [Fact]
    public async Task InstancesStartedTogether_SeedTheChronologyOnce()
    {
        var viaFirst = await EventWalker.WalkAsync(instances.First.CreateClient(), "", 500);
        var viaSecond = await EventWalker.WalkAsync(instances.Second.CreateClient(), "", 500);
        var places = await instances.First.CreateClient().GetJsonAsync<PagedResponse<PlaceResponse>>("/api/v1/places?q=kobani");

        Assert.Equal(TestData.SeededEvents, viaFirst.Count);
        Assert.Equal(viaFirst.Select(e => e.Id), viaSecond.Select(e => e.Id));
        Assert.Equal(2, places.Items.Count);
    }

    [Fact]
    public async Task AWriteThroughOneInstance_IsReadBackCurrentThroughTheOther()
    {
        var created = await EventBodies.CreateAsync(instances.First.CreateEditorClient(), "Written via the first instance");

        var readBySecond = await instances.Second.CreateClient().GetJsonAsync<EventResponse>($"/api/v1/events/{created.Id}");

        var body = await EventBodies.ValidAsync(instances.Second.CreateEditorClient(), "Renamed via the second instance");
        using var update = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/events/{created.Id}") { Content = JsonContent.Create(body) };
        update.Headers.IfMatch.ParseAdd($"\"{readBySecond.Version}\"");
        using var updated = await instances.Second.CreateEditorClient().SendAsync(update);
        var readByFirst = await instances.First.CreateClient().GetJsonAsync<EventResponse>($"/api/v1/events/{created.Id}");

        using var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/events/{created.Id}") { Content = JsonContent.Create(body) };
        stale.Headers.IfMatch.ParseAdd($"\"{created.Version}\"");
        using var refused = await instances.First.CreateEditorClient().SendAsync(stale);

        Assert.Equal(created.Title, readBySecond.Title);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("Renamed via the second instance", readByFirst.Title);
        Assert.Equal(created.Version + 1, readByFirst.Version);
        Assert.Equal(HttpStatusCode.PreconditionFailed, refused.StatusCode);
    }

    [Fact]
    public async Task ADeleteThroughOneInstance_IsA404ThroughTheOther()
    {
        var created = await EventBodies.CreateAsync(instances.First.CreateEditorClient(), "Deleted via the first instance");
        Assert.Equal(HttpStatusCode.OK, (await instances.Second.CreateClient().GetAsync($"/api/v1/events/{created.Id}")).StatusCode);

        (await instances.First.CreateEditorClient().DeleteAsync($"/api/v1/events/{created.Id}")).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.NotFound, (await instances.Second.CreateClient().GetAsync($"/api/v1/events/{created.Id}")).StatusCode);
    }

    public Task DisposeAsync() => instances.StopAsync();
}
