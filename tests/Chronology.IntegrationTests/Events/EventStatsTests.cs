using System.Net;
using Chronology.Application.Events;
using Chronology.IntegrationTests.Infrastructure;

namespace Chronology.IntegrationTests.Events;

/// <summary><c>GET /api/v1/events/stats</c> compared with counts made from the JSON list.</summary>
public sealed class EventStatsTests(ChronologyApiFactory factory) : IClassFixture<ChronologyApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [InlineData("")]
    [InlineData("place=Syria")]
    [InlineData("force=YPG&from=2015")]
    [InlineData("type=liberation,capture")]
    public async Task StatsByYear_CountEventsPerStartYear_AsTheListHasThem(string filters)
    {
        var events = await client.EventsAsync(filters);

        var stats = await StatsAsync("year", filters);

        Assert.Equal("year", stats.GroupBy);
        var expected = events.GroupBy(e => e.Start.Year).OrderBy(g => g.Key)
            .Select(g => new EventStatsItem($"{g.Key}", $"{g.Key}", g.Count(), g.Sum(e => (long)(e.Fatalities ?? 0))));
        Assert.Equal(expected, stats.Items);
    }

    [Fact]
    public async Task StatsByMonth_KeyAndLabelTheMonth_InKeyOrder()
    {
        var events = await client.EventsAsync("");

        var stats = await StatsAsync("month", "");

        var expected = events.GroupBy(e => (e.Start.Year, e.Start.Month)).OrderBy(g => g.Key)
            .Select(g => (Key: $"{g.Key.Year}-{g.Key.Month:D2}", g.Count())).ToList();
        Assert.Equal(expected, stats.Items.Select(i => (i.Key, i.Events)));
        Assert.Contains(new EventStatsItem("2015-02", "February 2015", 3, 0), stats.Items);
    }

    [Fact]
    public async Task StatsByPlace_CountAnEventUnderEachOfItsPlaces_MostEventsFirst()
    {
        var events = await client.EventsAsync("");

        var stats = await StatsAsync("place", "");

        var expected = events.SelectMany(e => e.Places.Select(p => (p.Id, p.Name, e.Fatalities)))
            .GroupBy(x => (x.Id, x.Name))
            .ToDictionary(g => $"{g.Key.Id}", g => (g.Key.Name, Events: g.Count(), Fatalities: g.Sum(x => (long)(x.Fatalities ?? 0))));
        Assert.Equal(expected.Count, stats.Items.Count);
        Assert.All(stats.Items, item => Assert.Equal(expected[item.Key], (item.Label, item.Events, item.Fatalities)));
        Assert.Equal(stats.Items.OrderByDescending(i => i.Events).Select(i => i.Events), stats.Items.Select(i => i.Events));
        var kobani = await client.PlaceAsync("Kobanî");
        Assert.Equal(253, Assert.Single(stats.Items, i => i.Key == $"{kobani.Id}").Fatalities);
    }

    [Fact]
    public async Task StatsByForce_CountEachEventOncePerForce()
    {
        var events = await client.EventsAsync("");

        var stats = await StatsAsync("force", "");

        var islamicState = await client.ForceAsync("IS");
        var item = Assert.Single(stats.Items, i => i.Key == $"{islamicState.Id}");
        Assert.Equal("Islamic State", item.Label);
        Assert.Equal(events.Count(e => e.Forces.Any(f => f.Id == islamicState.Id)), item.Events);
        Assert.Equal(events.Where(e => e.Forces.Any(f => f.Id == islamicState.Id)).Sum(e => (long)(e.Fatalities ?? 0)), item.Fatalities);
        Assert.Equal(item, stats.Items[0]);
    }

    [Fact]
    public async Task StatsByCountry_CountEventsInsideEachCountry_AsThePlaceFilterFindsThem()
    {
        var stats = await StatsAsync("country", "");

        foreach (var country in new[] { "Syria", "Iraq" })
        {
            var place = await client.PlaceAsync(country);
            var inside = await client.EventsAsync($"place={place.Id}");
            var item = Assert.Single(stats.Items, i => i.Key == $"{place.Id}");
            Assert.Equal((country, inside.Count, inside.Sum(e => (long)(e.Fatalities ?? 0))), (item.Label, item.Events, item.Fatalities));
        }

        Assert.Equal("Syria", stats.Items[0].Label);
    }

    [Fact]
    public async Task StatsByType_KeyTheTypeAsTheListWritesIt()
    {
        var events = await client.EventsAsync("from=2015&to=2015");

        var stats = await StatsAsync("type", "from=2015&to=2015");

        var expected = events.GroupBy(e => e.Type).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(expected.Count, stats.Items.Count);
        Assert.Equal(expected[EventType.Liberation], Assert.Single(stats.Items, i => i.Key == "liberation").Events);
        Assert.Equal(expected.Values.Sum(), stats.Items.Sum(i => i.Events));
    }

    [Fact]
    public async Task Stats_WithAFilterThatMatchesNothing_HasNoItems()
    {
        var stats = await StatsAsync("year", "from=1990&to=1991");

        Assert.Empty(stats.Items);
    }

    [Theory]
    [InlineData("groupBy=day")]
    [InlineData("groupBy=")]
    [InlineData("")]
    [InlineData("groupBy=year,month")]
    public async Task Stats_WithoutAKnownGroupBy_Returns400NamingTheValues(string query)
    {
        using var response = await client.GetAsync($"/api/v1/events/stats?{query}");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(problem.ErrorsFor("groupBy"), m => m.Contains("year, month, type, place, force, country", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Stats_WithABadFilter_Returns400LikeTheList()
    {
        using var response = await client.GetAsync("/api/v1/events/stats?groupBy=year&place=Tel");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor("place"));
    }

    [Fact]
    public async Task StatsPath_IsNotTakenForAnEventId()
    {
        using var single = await client.GetAsync("/api/v1/events/stats?groupBy=type");
        using var notAnId = await client.GetAsync("/api/v1/events/statistics");

        Assert.Equal(HttpStatusCode.OK, single.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notAnId.StatusCode);
    }

    private Task<EventStatsResponse> StatsAsync(string groupBy, string filters) =>
        client.GetJsonAsync<EventStatsResponse>($"/api/v1/events/stats?groupBy={groupBy}{(filters.Length > 0 ? "&" + filters : "")}");
}
