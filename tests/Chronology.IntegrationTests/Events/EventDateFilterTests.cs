using System.Net;
using Chronology.Application.Events;
using Chronology.IntegrationTests.Infrastructure;

namespace Chronology.IntegrationTests.Events;

/// <summary>The <c>from</c>/<c>to</c> window of the event list: its formats and its overlap rule.</summary>
public sealed class EventDateFilterTests(ChronologyApiFactory factory) : IClassFixture<ChronologyApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task List_InFebruary2015AtJazeera_ReturnsExactlyTheTelHamisAndTelBarakLiberations()
    {
        var events = await client.EventsAsync("place=al-Jazeera region&from=2015-02&to=2015-02");

        Assert.Equal(["Tel Hamis", "Tel Barak"], events.Select(e => Assert.Single(e.Places).Name));
        Assert.All(events, e => Assert.Equal(EventType.Liberation, e.Type));
        Assert.Equal([new DateOnly(2015, 2, 27), new DateOnly(2015, 2, 28)], events.Select(e => e.Start));
    }

    [Theory]
    [InlineData("from=2015&to=2015")]
    [InlineData("from=2015-01&to=2015-12")]
    [InlineData("from=2015-01-01&to=2015-12-31")]
    public async Task List_WithAYearWrittenInAnyFormat_ReturnsTheSameEvents(string window)
    {
        var byDays = await client.EventIdsAsync("from=2015-01-01&to=2015-12-31");

        var events = await client.EventsAsync(window);

        Assert.Equal(byDays, events.Select(e => e.Id));
        Assert.Contains(events, e => e.Title == "Kobanî massacre");
        Assert.DoesNotContain(events, e => e.Start.Year == 2016);
    }

    [Fact]
    public async Task List_WithAMonthWindow_EndsOnTheMonthsLastDay()
    {
        var february = await client.EventsAsync("place=al-Jazeera region&from=2015-02-28&to=2015-02");

        Assert.Equal("Tel Barak", Assert.Single(Assert.Single(february).Places).Name);
    }

    [Fact]
    public async Task List_AWindowInsideTheMosulCampaign_MatchesTheCampaignSpan()
    {
        var events = await client.EventsAsync("from=2017-01-01&to=2017-01-31");

        var campaign = Assert.Single(events, e => e.Title == "Campaign to liberate Mosul");
        Assert.Equal(new DateOnly(2016, 10, 17), campaign.Start);
        Assert.Equal(new DateOnly(2017, 7, 10), campaign.End);
        Assert.DoesNotContain(events, e => e.Title == "Iraqi forces recover Mosul");
    }

    [Fact]
    public async Task List_OnTheLastDayOfAMonth_MatchesAnEventDatedOnlyToThatMonth()
    {
        var events = await client.EventsAsync("from=2015-05-31&to=2015-05-31");

        var palmyra = Assert.Single(events, e => e.Title == "IS occupies Palmyra");
        Assert.Equal(DatePrecision.Month, palmyra.Precision);
        Assert.Equal(new DateOnly(2015, 5, 1), palmyra.Start);
    }

    [Fact]
    public async Task List_OnTheLastDayOfAYear_MatchesAnEventDatedOnlyToThatYear()
    {
        var events = await client.EventsAsync("from=2014-12-31&to=2014-12-31");

        var raqqa = Assert.Single(events, e => e.Title == "IS makes al-Raqqa the capital of its self-declared state");
        Assert.Equal(DatePrecision.Year, raqqa.Precision);
        Assert.Contains(events, e => e.Title == "IS siege of Kobanî");
    }

    [Fact]
    public async Task List_WithOnlyFrom_ReturnsEveryEventThatEndsOnOrAfterIt()
    {
        var all = await client.EventsAsync("");

        var events = await client.EventsAsync("from=2017-07-10");

        var expected = all.Where(e => LastDay(e) >= new DateOnly(2017, 7, 10));
        Assert.Equal(expected.Select(e => e.Id), events.Select(e => e.Id));
        Assert.Contains(events, e => e.Title == "Campaign to liberate Mosul");
        Assert.DoesNotContain(events, e => e.Title == "Iraqi forces regain Tikrit");
    }

    [Fact]
    public async Task List_WithOnlyTo_ReturnsEveryEventThatStartsOnOrBeforeIt()
    {
        var events = await client.EventsAsync("to=2014-12");

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.True(e.Start <= new DateOnly(2014, 12, 31), e.Title));
        Assert.Contains(events, e => e.Title == "IS siege of Kobanî");
    }

    [Theory]
    [InlineData("from=2015-03&to=2015-02", "from")]
    [InlineData("from=2015-02-30", "from")]
    [InlineData("to=2015-13", "to")]
    [InlineData("from=27-02-2015", "from")]
    [InlineData("to=yesterday", "to")]
    public async Task List_WithABadWindow_Returns400NamingTheParameter(string query, string parameter)
    {
        using var response = await client.GetAsync($"/api/v1/events?{query}");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor(parameter));
    }

    // The contract's rule, written out independently of the service: a span ends at its end date,
    // otherwise at the end of its precision period.
    private static DateOnly LastDay(EventResponse e) => e.End ?? e.Precision switch
    {
        DatePrecision.Year => new DateOnly(e.Start.Year, 12, 31),
        DatePrecision.Month => new DateOnly(e.Start.Year, e.Start.Month, 1).AddMonths(1).AddDays(-1),
        _ => e.Start,
    };
}
