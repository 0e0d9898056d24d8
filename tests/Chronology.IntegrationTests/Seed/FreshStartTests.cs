using System.Text.Json.Nodes;
using Chronology.Application.Events;
using Chronology.Application.Forces;
using Chronology.Application.Listing;
using Chronology.Application.Places;
using Chronology.Infrastructure.Persistence;
using Chronology.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chronology.IntegrationTests.Seed;

/// <summary>Start-up on an empty data folder, restarts, and seed-file changes.</summary>
public sealed class FreshStartTests : IDisposable
{
    private readonly TestDatabase database = TestDatabase.CreateNew();
    private readonly string seedFolder = Path.Combine(Path.GetTempPath(), "chronology-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Start_OnNoDatabase_CreatesMigratesAndSeedsIt()
    {
        Assert.False(database.Exists());
        using var factory = ChronologyApiFactory.With([], database);
        using var client = factory.CreateClient();

        var events = await EventWalker.WalkAsync(client, "", 500);

        Assert.True(database.Exists());
        Assert.Equal(TestData.SeededEvents, events.Count);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ChronologyDbContext>();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task SecondStart_OnTheSameDatabase_LeavesTheCountsUnchanged()
    {
        var first = await CountAsync(ChronologyApiFactory.With([], database));
        var second = await CountAsync(ChronologyApiFactory.With([], database));

        Assert.Equal((TestData.SeededEvents, TestData.SeededPlaces, TestData.SeededForces), first);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Restart_WithAChangedSeedFile_UpdatesThatRecordAndLeavesEditorRecordsAlone()
    {
        var seedFolder = CopySeedFolder();
        var settings = new Dictionary<string, string?> { ["Seed:Directory"] = seedFolder };
        int editorPlaceId;
        EventResponse before;
        using (var factory = ChronologyApiFactory.With(settings, database))
        {
            using var client = factory.CreateClient();
            before = (await EventWalker.WalkAsync(client, "", 500))[0];
            editorPlaceId = await AddEditorPlaceAsync(factory, "Editor's village");
        }

        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(seedFolder, "chronology.json")))!;
        json["events"]![0]!["title"] = "A corrected title";
        File.WriteAllText(Path.Combine(seedFolder, "chronology.json"), json.ToJsonString());

        using (var factory = ChronologyApiFactory.With(settings, database))
        {
            using var client = factory.CreateClient();
            var after = await client.GetJsonAsync<EventResponse>($"/api/v1/events/{before.Id}");
            var editorPlace = await client.GetJsonAsync<PlaceResponse>($"/api/v1/places/{editorPlaceId}");

            Assert.Equal("A corrected title", after.Title);
            Assert.Equal(before.Version + 1, after.Version);
            Assert.Equal(before.Citations, after.Citations);
            Assert.Equal("Editor's village", editorPlace.Name);
            Assert.Equal(1, editorPlace.Version);
            Assert.Equal(before.Id, (await EventWalker.WalkAsync(client, "", 500))[0].Id);
        }
    }

    [Fact]
    public async Task Restart_WithAnItemRemovedFromTheSeedFile_KeepsItsRecord()
    {
        var seedFolder = CopySeedFolder();
        var settings = new Dictionary<string, string?> { ["Seed:Directory"] = seedFolder };
        EventResponse removed;
        using (var factory = ChronologyApiFactory.With(settings, database))
        {
            removed = (await EventWalker.WalkAsync(factory.CreateClient(), "", 500))[^1];
        }

        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(seedFolder, "chronology.json")))!;
        var events = json["events"]!.AsArray();
        var item = Assert.Single(events, e => e!["title"]!.GetValue<string>() == removed.Title);
        events.Remove(item);
        File.WriteAllText(Path.Combine(seedFolder, "chronology.json"), json.ToJsonString());

        using (var factory = ChronologyApiFactory.With(settings, database))
        {
            using var client = factory.CreateClient();
            var kept = await client.GetJsonAsync<EventResponse>($"/api/v1/events/{removed.Id}");

            Assert.Equal(removed.Title, kept.Title);
            Assert.Equal(removed.Version, kept.Version);
            Assert.Equal(TestData.SeededEvents, (await EventWalker.WalkAsync(client, "", 500)).Count);
        }
    }

    public void Dispose()
    {
        database.Drop();
        if (Directory.Exists(seedFolder))
        {
            Directory.Delete(seedFolder, recursive: true);
        }
    }

    private static async Task<(int Events, int Places, int Forces)> CountAsync(ChronologyApiFactory factory)
    {
        using (factory)
        {
            using var client = factory.CreateClient();
            var events = await EventWalker.WalkAsync(client, "", 500);
            var places = await client.GetJsonAsync<PagedResponse<PlaceResponse>>("/api/v1/places?limit=500");
            var forces = await client.GetJsonAsync<PagedResponse<ForceResponse>>("/api/v1/forces?limit=500");
            return (events.Count, places.Items.Count, forces.Items.Count);
        }
    }

    // Stands in for an editor until the write API exists: a record with no seed key, straight into the database.
    private static async Task<int> AddEditorPlaceAsync(ChronologyApiFactory factory, string name)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ChronologyDbContext>();
        var syria = await db.Places.SingleAsync(p => p.Name == "Syria");
        var place = new Place { Kind = PlaceKind.Village, ParentId = syria.Id };
        place.Rename(name);
        place.MarkCreated(DateTime.UtcNow);
        db.Places.Add(place);
        await db.SaveChangesAsync();
        place.Path = Place.PathOf(syria.Path, place.Id);
        await db.SaveChangesAsync();
        return place.Id;
    }

    private string CopySeedFolder()
    {
        var target = seedFolder;
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Seed", "Data")))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        return target;
    }
}
