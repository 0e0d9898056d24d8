using System.Globalization;
using System.Net;
using System.Text.Json;
using Chronology.Application.Events;
using Chronology.Application.Listing;
using Chronology.IntegrationTests.Infrastructure;

namespace Chronology.IntegrationTests.Events;

/// <summary>The event list's type, text, fatality, map, sync and sort parameters, and what each item carries.</summary>
public sealed class EventQueryTests(ChronologyApiFactory factory) : IClassFixture<ChronologyApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();
    private readonly HttpClient editor = factory.CreateEditorClient();

    [Theory]
    [InlineData("liberation,massacre")]
    [InlineData("LIBERATION, Massacre")]
    public async Task List_BySeveralTypes_ReturnsOnlyThoseTypes(string types)
    {
        var events = await client.EventsAsync($"type={Uri.EscapeDataString(types)}");

        Assert.All(events, e => Assert.Contains(e.Type, new[] { EventType.Liberation, EventType.Massacre }));
        Assert.Contains(events, e => e.Type == EventType.Massacre && e.Title == "Kobanî massacre");
        Assert.Contains(events, e => e.Title == "Tel Hamis liberated from IS");
    }

    [Fact]
    public async Task List_ByAnUnknownType_Returns400ListingTheValidTypes()
    {
        using var response = await client.GetAsync("/api/v1/events?type=liberation,skirmish");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        var message = Assert.Single(problem.ErrorsFor("type"));
        Assert.Contains("skirmish", message);
        Assert.All(new[] { "attack", "liberation", "massacre", "campaign" }, type => Assert.Contains(type, message));
    }

    [Fact]
    public async Task List_ByTextWithoutAccents_MatchesTextWithThem()
    {
        var events = await client.EventsAsync("q=kobani");

        Assert.Contains(events, e => e.Title == "Kobanî massacre");
        Assert.Contains(events, e => e.Title == "YPG and YPJ liberate Kobanî");
        Assert.All(events, e => Assert.Contains("koban", AllText(e), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task List_ByTheDateAsWritten_FindsTelHamis()
    {
        var events = await client.EventsAsync("q=" + Uri.EscapeDataString("February 27-2015"));

        Assert.Equal("Tel Hamis liberated from IS", Assert.Single(events).Title);
    }

    [Theory]
    [InlineData(10, HttpStatusCode.OK)]
    [InlineData(11, HttpStatusCode.BadRequest)]
    public async Task List_ByText_TakesAtMostTenWords(int words, HttpStatusCode expected)
    {
        var q = string.Join(' ', new[] { "kobani", "is", "ypg", "sdf", "raqqa", "mosul", "siege", "dam", "city", "liberated", "canton" }.Take(words));

        using var response = await client.GetAsync($"/api/v1/events?q={Uri.EscapeDataString(q)}");

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.BadRequest)
        {
            Assert.Contains("at most 10 words", Assert.Single((await response.AssertProblemAsync(expected)).ErrorsFor("q")));
        }
        else
        {
            Assert.NotNull((await response.ReadAsync<PagedResponse<EventResponse>>()).Items);
        }
    }

    [Fact]
    public async Task List_BySeveralWords_ReturnsOnlyEventsMatchingEveryWord()
    {
        var kobani = await client.EventIdsAsync("q=kobani");
        var massacre = await client.EventIdsAsync("q=massacre");

        var both = await client.EventIdsAsync("q=KOBANI%20massacre");

        Assert.NotEmpty(both);
        Assert.Equal(kobani.Intersect(massacre).Order(), both.Order());
        Assert.True(both.Count < kobani.Count);
    }

    [Fact]
    public async Task List_ByTextInAQuoteOnly_FindsTheEvent()
    {
        var events = await client.EventsAsync("q=" + Uri.EscapeDataString("F-16 warplane"));

        var execution = Assert.Single(events);
        Assert.Equal(EventType.Execution, execution.Type);
        Assert.DoesNotContain("F-16 warplane", execution.Title + execution.Summary);
    }

    [Fact]
    public async Task List_WithMinFatalities_ReturnsTheKobaniMassacre()
    {
        var events = await client.EventsAsync("minFatalities=200");

        Assert.Equal(253, Assert.Single(events, e => e.Title == "Kobanî massacre").Fatalities);
        Assert.All(events, e => Assert.True(e.Fatalities >= 200, e.Title));
    }

    [Fact]
    public async Task List_WithNegativeMinFatalities_Returns400()
    {
        using var response = await client.GetAsync("/api/v1/events?minFatalities=-1");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor("minFatalities"));
    }

    [Fact]
    public async Task List_WithABoxAroundMosul_ReturnsTheMosulEventsAndNoSyrianOnes()
    {
        var syrianOnly = (await client.EventIdsAsync("place=Syria")).Except(await client.EventIdsAsync("place=Iraq"));

        var events = await client.EventsAsync("bbox=42.9,36.1,43.4,36.5");

        Assert.Contains(events, e => e.Title == "Campaign to liberate Mosul");
        Assert.Contains(events, e => e.Title == "Iraqi forces recover Mosul");
        Assert.Empty(events.Select(e => e.Id).Intersect(syrianOnly));
        Assert.All(events, e => Assert.Contains(e.Places, p => p.Lon is >= 42.9 and <= 43.4 && p.Lat is >= 36.1 and <= 36.5));
    }

    [Theory]
    [InlineData("42.9,36.1,43.4")]
    [InlineData("42.9,36.1,43.4,36.5,1")]
    [InlineData("a,b,c,d")]
    [InlineData("42.9,36.1,190,36.5")]
    [InlineData("42.9,-91,43.4,36.5")]
    [InlineData("43.4,36.1,42.9,36.5")]
    [InlineData("42.9,36.5,43.4,36.1")]
    public async Task List_WithABadBox_Returns400(string bbox)
    {
        using var response = await client.GetAsync($"/api/v1/events?bbox={bbox}");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor("bbox"));
    }

    [Fact]
    public async Task List_UpdatedSinceJustBeforeAWrite_ReturnsTheWrittenEvent()
    {
        var before = DateTime.UtcNow.AddMilliseconds(-1);
        var created = await editor.CreateEventAsync(await client.NewEventBodyAsync("Written for updatedSince"));

        var events = await client.EventsAsync($"updatedSince={Instant(before)}");

        Assert.Contains(events, e => e.Id == created.Id);
        Assert.All(events, e => Assert.True(e.UpdatedAt >= before, $"{e.Title} changed at {e.UpdatedAt:O}"));
        Assert.DoesNotContain(events, e => e.Title == "Kobanî massacre");
    }

    [Fact]
    public async Task List_UpdatedSinceAFutureTime_ReturnsNothing()
    {
        var events = await client.EventsAsync($"updatedSince={Instant(DateTime.UtcNow.AddDays(1))}");

        Assert.Empty(events);
    }

    [Fact]
    public async Task List_SortedByNewestFirst_IsTheReverseOfTheDefault()
    {
        var chronological = await client.EventIdsAsync("");

        var newestFirst = await client.EventIdsAsync("sort=-date");

        Assert.Equal(Enumerable.Reverse(chronological), newestFirst);
    }

    [Fact]
    public async Task List_SortedByUpdated_PutsTheLastChangedEventLast()
    {
        var first = await editor.CreateEventAsync(await client.NewEventBodyAsync("Sort first"));
        var second = await editor.CreateEventAsync(await client.NewEventBodyAsync("Sort second"));
        var body = await client.NewEventBodyAsync("Sort first, edited");
        using (var update = await editor.SendJsonAsync(HttpMethod.Put, $"/api/v1/events/{first.Id}", body))
        {
            Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        }

        var events = await client.EventsAsync("sort=updated");

        Assert.Equal([second.Id, first.Id], events.TakeLast(2).Select(e => e.Id));
        Assert.True(events.Zip(events.Skip(1)).All(p => p.First.UpdatedAt <= p.Second.UpdatedAt));
    }

    [Theory]
    [InlineData("newest")]
    [InlineData("title")]
    public async Task List_WithABadSort_Returns400(string sort)
    {
        using var response = await client.GetAsync($"/api/v1/events?sort={sort}");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("-date", Assert.Single(problem.ErrorsFor("sort")));
    }

    [Fact]
    public async Task List_ItemsCarryPlacesWithCoordinatesForcesWithRolesAndCitationsAsJson()
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync("/api/v1/events?place=al-Jazeera%20region&limit=500"));

        var items = document.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.True(document.RootElement.TryGetProperty("nextCursor", out _));
        foreach (var item in items)
        {
            var place = item.GetProperty("places")[0];
            Assert.Equal(JsonValueKind.Number, place.GetProperty("lat").ValueKind);
            Assert.Equal(JsonValueKind.Number, place.GetProperty("lon").ValueKind);
            Assert.False(string.IsNullOrEmpty(place.GetProperty("name").GetString()));
            var force = item.GetProperty("forces")[0];
            Assert.Contains(force.GetProperty("role").GetString(), new[] { "initiator", "target", "supporter", "participant" });
            Assert.False(string.IsNullOrEmpty(item.GetProperty("citations")[0].GetProperty("quote").GetString()));
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", item.GetProperty("start").GetString());
        }
    }

    private static string Instant(DateTime utc) => Uri.EscapeDataString(utc.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture));

    private static string AllText(EventResponse e) =>
        string.Join(' ', new[] { e.Title, e.Summary, e.DateText ?? "" }.Concat(e.Citations.Select(c => c.Quote)));
}
