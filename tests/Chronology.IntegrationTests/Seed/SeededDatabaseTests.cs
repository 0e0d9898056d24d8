using Chronology.Application.Events;
using Chronology.Application.Forces;
using Chronology.Application.Listing;
using Chronology.Application.Places;
using Chronology.Application.Sources;
using Chronology.IntegrationTests.Infrastructure;

namespace Chronology.IntegrationTests.Seed;

/// <summary>The seed invariants, checked against what the running service serves from its database.</summary>
public sealed class SeededDatabaseTests(ChronologyApiFactory factory) : IClassFixture<ChronologyApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task EveryServedQuote_IsAnExactSubstringOfItsSourceText()
    {
        var events = await EventWalker.WalkAsync(client, "", 500);
        var sources = new Dictionary<int, string>();
        foreach (var citation in events.SelectMany(e => e.Citations))
        {
            if (!sources.TryGetValue(citation.SourceId, out var text))
            {
                text = (await client.GetJsonAsync<SourceResponse>($"/api/v1/sources/{citation.SourceId}")).Text!;
                sources[citation.SourceId] = text;
            }

            Assert.Contains(citation.Quote, text, StringComparison.Ordinal);
        }

        Assert.All(events, e => Assert.NotEmpty(e.Citations));
        Assert.Equal(TestData.SeededEvents, events.Count);
    }

    [Fact]
    public async Task EveryServedEnd_IsNotBeforeItsStart_UnlessNotesExplain()
    {
        var events = await EventWalker.WalkAsync(client, "", 500);
        Assert.All(events.Where(e => e.End < e.Start), e => Assert.False(string.IsNullOrWhiteSpace(e.Notes)));
    }

    [Fact]
    public async Task EveryServedPlace_HasAParentChainEndingAtACountry()
    {
        var places = await client.GetJsonAsync<PagedResponse<PlaceResponse>>("/api/v1/places?limit=500");
        Assert.NotEmpty(places.Items);
        foreach (var place in places.Items)
        {
            var detail = await client.GetJsonAsync<PlaceResponse>($"/api/v1/places/{place.Id}");
            var top = detail.Ancestors!.Count == 0 ? new PlaceSummary(detail.Id, detail.Name, detail.Kind) : detail.Ancestors[^1];
            Assert.Equal(PlaceKind.Country, top.Kind);
        }
    }

    [Fact]
    public async Task EveryEventsPlacesAndForces_ExistAndCarryTheirDetails()
    {
        var events = await EventWalker.WalkAsync(client, "", 500);
        var placeIds = (await client.GetJsonAsync<PagedResponse<PlaceResponse>>("/api/v1/places?limit=500")).Items.Select(p => p.Id).ToHashSet();
        var forceIds = (await client.GetJsonAsync<PagedResponse<ForceResponse>>("/api/v1/forces?limit=500")).Items.Select(f => f.Id).ToHashSet();
        Assert.All(events, e =>
        {
            Assert.NotEmpty(e.Places);
            Assert.All(e.Places, p => Assert.Contains(p.Id, placeIds));
            Assert.All(e.Forces, f => Assert.Contains(f.Id, forceIds));
        });
        Assert.All(events.SelectMany(e => e.Places).Where(p => p.Name == "Kobanî"), p => Assert.NotNull(p.Lat));
    }

    [Fact]
    public async Task TheKobaniSiege_IsServedAsASpanWithItsLiberationAsAStage()
    {
        var events = await EventWalker.WalkAsync(client, "", 500);
        var siege = Assert.Single(events, e => e.Start == new DateOnly(2014, 9, 15) && e.End == new DateOnly(2015, 1, 26));
        Assert.Equal(EventType.Siege, siege.Type);
        Assert.Contains(siege.Places, p => p.Name == "Kobanî");
        Assert.Contains(siege.Forces, f => f.Abbreviation == "IS" && f.Role == ForceRole.Initiator);
        Assert.Contains(events, e => e.ParentId == siege.Id && e.Start == new DateOnly(2015, 1, 26));
    }
}
