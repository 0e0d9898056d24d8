using System.Text.Json;
using Chronology.BrowserTests.Infrastructure;
using OpenQA.Selenium;
using Xunit.Abstractions;

namespace Chronology.BrowserTests;

/// <summary>The explorer at / in a real browser, on the seeded data (43 events).</summary>
public sealed class ExplorerTests(ExplorerFixture fixture, ITestOutputHelper output) : IClassFixture<ExplorerFixture>
{
    private const string DistinctTimelineEvents =
        "return new Set([...document.querySelectorAll('#timeline .vis-item button[data-event-id]')].map(b => b.dataset.eventId)).size";

    private Browser Browser => fixture.Browser;

    [Fact]
    public void FirstView_HasNoConsoleErrors_AndShowsTheSeededEventsOnTimelineAndMap()
    {
        Browser.Viewport(1366, 768);
        Browser.ReadLog();
        Browser.Cache(enabled: false); // measure a first visit: every file from the service
        try
        {
            Browser.Open(fixture.Page());
        }
        finally
        {
            Browser.Cache(enabled: true);
        }

        Browser.WaitUntil(() => Browser.Js<long>(DistinctTimelineEvents) == 43, "the 43 seeded events on the timeline");
        Browser.WaitUntil(() => Browser.Js<long>("return document.querySelectorAll('#map .leaflet-marker-icon.marker').length") > 0, "markers on the map");
        Browser.WaitUntil(() => Browser.Js<long>("return document.querySelectorAll('#map path.country').length") > 100, "the country outlines");
        var markedEvents = Browser.Js<long>("return [...document.querySelectorAll('#map .marker.place span')].reduce((sum, s) => sum + Number(s.textContent), 0)");
        Assert.True(markedEvents > 0, "place markers count their events");

        var errors = Browser.ReadLog()
            .Where(line => line.StartsWith("Severe", StringComparison.OrdinalIgnoreCase) || line.Contains("Content Security Policy", StringComparison.Ordinal))
            .ToList();
        Assert.True(errors.Count == 0, "console errors: " + string.Join(" | ", errors));
        Browser.SaveScreenshot("explorer.png");
        Measure();
    }

    [Fact]
    public void FilteringByPlace_Sinjar_ShowsTheSengalEvent_AndPutsThePlaceInTheAddress()
    {
        Browser.Viewport(1366, 768);
        Browser.Open(fixture.Page());
        var place = Browser.Driver.FindElement(By.Id("f-place"));
        place.SendKeys("sinjar");
        Browser.Driver.FindElement(By.CssSelector("#filter-form button[type=submit]")).Click();

        Browser.WaitUntil(() => Browser.Js<long>(DistinctTimelineEvents) == 1, "one event on the timeline");
        Assert.Contains("place=sinjar", Browser.Driver.Url, StringComparison.Ordinal);
        Assert.Contains("Şengal liberated from IS", TimelineTitles(), StringComparer.Ordinal);

        // Back returns to the unfiltered set, forward to the filter: the address is the state.
        Browser.Driver.Navigate().Back();
        Browser.WaitUntil(() => Browser.Js<long>(DistinctTimelineEvents) == 43, "all events again after Back");
        Assert.Equal("", Browser.Driver.FindElement(By.Id("f-place")).GetDomProperty("value"));
        Browser.Driver.Navigate().Forward();
        Browser.WaitUntil(() => Browser.Js<long>(DistinctTimelineEvents) == 1, "the filter again after Forward");
    }

    [Fact]
    public void OpeningAnEvent_MarksItsQuoteInTheArticleText_AndScrollsItIntoView()
    {
        Browser.Viewport(1366, 768);
        Browser.Open(fixture.Page("?place=sinjar"));
        Browser.Driver.FindElement(By.CssSelector("#timeline button[data-event-id]")).Click();

        Browser.WaitUntil(() => Browser.Driver.FindElements(By.CssSelector("#panel .source-text mark")).Count > 0, "the quote marked in the source text");
        var quote = Browser.Driver.FindElement(By.CssSelector("#panel .citation blockquote")).Text;
        var mark = Browser.Driver.FindElement(By.CssSelector("#panel .source-text mark"));
        Assert.Equal(quote, mark.Text);
        Assert.Contains("event=", Browser.Driver.Url, StringComparison.Ordinal);
        Assert.True(Browser.Js<long>("return document.querySelector('#panel .source-text').textContent.length") > 5000, "the whole article is shown");
        Browser.WaitUntil(() => Browser.Js<bool>("""
            const box = document.querySelector('#panel .source-text').getBoundingClientRect();
            const mark = document.querySelector('#panel .source-text mark').getBoundingClientRect();
            return mark.top >= box.top && mark.top < box.bottom;
            """), "the mark scrolled into its box");
        Assert.Equal("Şengal liberated from IS", Browser.Driver.FindElement(By.Id("event-title")).Text);
        Assert.True(Browser.Js<long>("return document.querySelectorAll('#map .marker.selected').length") > 0, "the event's place is highlighted on the map");
        Browser.Driver.ExecuteScript("document.querySelector('#panel .citation').scrollIntoView({ block: 'start' })");
        Browser.SaveScreenshot("event-panel.png");
    }

    [Fact]
    public void RegionFilter_IncludesThePlacesInsideIt()
    {
        Browser.Viewport(1366, 768);
        Browser.Open(fixture.Page("?place=al-Jazeera%20region"));
        Browser.WaitUntil(() => TimelineTitles().Contains("Tel Hamis liberated from IS"), "Tel Hamis (inside al-Jazeera region) on the timeline");
        Assert.Equal("al-Jazeera region", Browser.Driver.FindElement(By.Id("f-place")).GetDomProperty("value"));
    }

    [Fact]
    public void Keyboard_EnterOnATimelineItem_OpensItsPanel()
    {
        Browser.Viewport(1366, 768);
        Browser.Open(fixture.Page("?place=sinjar"));
        var item = Browser.Driver.FindElement(By.CssSelector("#timeline button[data-event-id]"));
        Browser.Driver.ExecuteScript("arguments[0].focus()", item);
        new OpenQA.Selenium.Interactions.Actions(Browser.Driver).SendKeys(Keys.Enter).Perform();

        Browser.WaitUntil(() => Browser.Driver.FindElements(By.Id("event-title")).FirstOrDefault()?.Text == "Şengal liberated from IS", "the panel opened from the keyboard");
        Assert.Equal("panel-heading", Browser.Js<string>("return document.activeElement.id"));
    }

    [Fact]
    public void SourceView_ListsTheEventsDrawnFromIt()
    {
        Browser.Viewport(1366, 768);
        Browser.Open(fixture.Page("?source=1"));
        Browser.WaitUntil(() => Browser.Driver.FindElements(By.CssSelector("#panel .source-events li")).Count == 43, "the 43 events drawn from the seed article");
        Assert.Contains("Hawar News Agency", Browser.Driver.FindElement(By.Id("panel")).Text, StringComparison.Ordinal);
        Assert.Equal(43, Browser.Driver.FindElements(By.CssSelector("#panel .source-text mark")).Count);
    }

    [Fact]
    public void UnknownPlace_IsExplainedWithTheApisMessage()
    {
        Browser.Open(fixture.Page("?place=atlantis"));
        Browser.WaitUntil(() => Browser.Driver.FindElement(By.Id("filter-error")).Displayed, "the filter error");
        Assert.Contains("atlantis", Browser.Driver.FindElement(By.Id("filter-error")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ListView_PagesThroughTheSetWithTheCursor()
    {
        Browser.Open(fixture.Page("?view=list"));
        Browser.WaitUntil(() => Browser.Driver.FindElements(By.CssSelector("#event-list li")).Count == 25, "the first page of 25");
        var more = Browser.Driver.FindElement(By.Id("list-more"));
        Assert.True(more.Displayed, "Load more is offered");
        more.Click();
        Browser.WaitUntil(() => Browser.Driver.FindElements(By.CssSelector("#event-list li")).Count == 43, "all 43 after Load more");
        Assert.False(Browser.Driver.FindElement(By.Id("list-more")).Displayed);
        var dates = Browser.Driver.FindElements(By.CssSelector("#event-list li time")).Select(t => t.GetDomAttribute("datetime")).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.Equal(43, dates.Count);
    }

    [Fact]
    public void GroupingByType_DrawsOneRowPerType()
    {
        Browser.Open(fixture.Page("?group=type"));
        Browser.WaitUntil(() => Browser.Driver.FindElements(By.CssSelector("#timeline .vis-label")).Count > 5, "a row per type");
        var labels = Browser.Driver.FindElements(By.CssSelector("#timeline .vis-label")).Select(l => l.Text).ToList();
        Assert.Contains("liberation", labels);
        Assert.Contains("campaign", labels);
        Assert.Equal("type", Browser.Driver.FindElement(By.Id("f-group")).GetDomProperty("value"));
    }

    [Fact]
    public void PlaceField_SuggestsPlacesByNameOrAlias()
    {
        Browser.Open(fixture.Page());
        Browser.Driver.FindElement(By.Id("f-place")).SendKeys("kobani");
        Browser.WaitUntil(() => Browser.Driver.FindElements(By.CssSelector("#place-options option")).Any(o => o.GetDomProperty("value") == "Kobanî"), "Kobanî suggested for 'kobani'");
        Browser.Driver.FindElement(By.Id("f-force")).SendKeys("daesh");
        Browser.WaitUntil(() => Browser.Driver.FindElements(By.CssSelector("#force-options option")).Any(o => o.GetDomProperty("value") == "Islamic State"), "Islamic State suggested for 'daesh'");
    }

    [Theory]
    [InlineData("")]
    [InlineData("?place=sinjar&event=20")]
    [InlineData("?view=list")]
    public void Accessibility_AxeFindsNoSeriousOrCriticalViolations(string query)
    {
        Browser.Viewport(1366, 768);
        Browser.Open(fixture.Page(query));
        if (query.Contains("event=", StringComparison.Ordinal))
        {
            Browser.WaitUntil(() => Browser.Driver.FindElements(By.CssSelector("#panel .source-text mark")).Count > 0, "the event panel");
        }

        var violations = Axe.Run(Browser);
        foreach (var violation in violations)
        {
            output.WriteLine($"axe {violation.Impact} {violation.Id}: {violation.Help} ({violation.Nodes} nodes: {violation.Targets})");
        }

        var serious = violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(v => $"{v.Impact} {v.Id}: {v.Help} — {v.Targets}")));
    }

    [Fact]
    public void Phone_ShowsTheTimelineAndTheMapInOneColumn()
    {
        try
        {
            Browser.Viewport(390, 844, mobile: true);
            Browser.Open(fixture.Page());
            Browser.WaitUntil(() => Browser.Js<long>(DistinctTimelineEvents) > 0, "the timeline on a phone");
            Assert.True(Browser.Js<bool>("return document.documentElement.scrollWidth <= 392"), "nothing wider than the phone");
            Browser.SaveScreenshot("phone.png");
        }
        finally
        {
            Browser.Viewport(1366, 768);
        }
    }

    private List<string> TimelineTitles() =>
        Browser.Driver.FindElements(By.CssSelector("#timeline button[data-event-id]")).Select(b => b.GetDomProperty("textContent") ?? "").ToList();

    /// <summary>Page weight (every file the first view loaded) and time to first view, from the browser's own timing.</summary>
    private void Measure()
    {
        var json = (string?)Browser.Driver.ExecuteScript("""
            const nav = performance.getEntriesByType('navigation')[0];
            const ready = performance.getEntriesByName('explorer-ready')[0];
            const files = [nav, ...performance.getEntriesByType('resource')].filter(e => e.startTime <= (ready?.startTime ?? Infinity));
            return JSON.stringify({
              files: files.length,
              transferBytes: files.reduce((s, e) => s + (e.transferSize || 0), 0),
              bodyBytes: files.reduce((s, e) => s + (e.decodedBodySize || 0), 0),
              domContentLoadedMs: Math.round(nav.domContentLoadedEventEnd),
              loadMs: Math.round(nav.loadEventEnd),
              firstViewMs: Math.round(ready?.startTime ?? -1),
              largest: files.sort((a, b) => b.decodedBodySize - a.decodedBodySize).slice(0, 6).map(e => `${e.name.split('/').pop()} ${e.decodedBodySize}`)
            });
            """);
        output.WriteLine("first view: " + json);
        var metrics = JsonSerializer.Deserialize<JsonElement>(json ?? "{}");
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "explorer-first-view.json"), json ?? "");
        Assert.True(metrics.GetProperty("firstViewMs").GetInt64() > 0, "the explorer-ready mark was set");
    }
}
