using Chronology.BrowserTests.Infrastructure;
using OpenQA.Selenium;

namespace Chronology.BrowserTests;

/// <summary>
/// Counts per period when zoomed far out, and the visible window loaded from the API when zooming in.
/// GET /events/stats is answered inside the page by a stand-in with the endpoint's contract, as if there were
/// 2,000 events (the seed has 43, too few to switch to counts); everything else is the real API.
/// </summary>
public sealed class TimelineWindowTests(ExplorerFixture fixture) : IClassFixture<ExplorerFixture>
{
    private const string StatsStandIn = """
        window.__requests = [];
        const realFetch = window.fetch.bind(window);
        window.fetch = (input, init) => {
          const url = new URL(input instanceof Request ? input.url : String(input), location.href);
          window.__requests.push(url.pathname + url.search);
          if (!url.pathname.endsWith('/api/v1/events/stats')) return realFetch(input, init);
          const from = url.searchParams.get('from'), to = url.searchParams.get('to'), groupBy = url.searchParams.get('groupBy');
          const wide = !from || !to || Date.parse(to) - Date.parse(from) > 3 * 365 * 864e5;
          const items = wide
            ? ['2014', '2015', '2016', '2017', '2018'].map(key => ({ key, label: key, events: 400, fatalities: 25 }))
            : [{ key: from.slice(0, groupBy === 'month' ? 7 : 4), label: from, events: 20, fatalities: 0 }];
          return Promise.resolve(new Response(JSON.stringify({ groupBy, items }), { status: 200, headers: { 'Content-Type': 'application/json' } }));
        };
        """;

    [Fact]
    public void FarOut_ShowsCountsPerYear_ZoomingIn_LoadsTheVisibleWindow()
    {
        var browser = fixture.Browser;
        browser.Viewport(1366, 768);
        var script = browser.Driver.ExecuteCdpCommand("Page.addScriptToEvaluateOnNewDocument", new Dictionary<string, object?> { ["source"] = StatsStandIn });
        var identifier = ((Dictionary<string, object>)script!)["identifier"];
        try
        {
            browser.Open(fixture.Page());
            browser.WaitUntil(() => browser.Driver.FindElements(By.CssSelector("#timeline .vis-item.aggregate")).Count == 5, "five yearly counts");
            browser.WaitUntil(() => browser.Driver.FindElement(By.Id("timeline-note")).Text.Contains("counts per year", StringComparison.Ordinal), "the note on counts");
            Assert.Empty(browser.Driver.FindElements(By.CssSelector("#timeline button[data-event-id]")));
            Assert.NotEmpty(browser.Driver.FindElements(By.CssSelector("#map .leaflet-marker-icon.marker")));

            // Zoom in to about a year: the stand-in then counts 20 events, so the events themselves are drawn.
            for (var i = 0; i < 4; i++)
            {
                browser.Driver.FindElement(By.Id("tl-zoom-in")).Click();
                Thread.Sleep(600);
            }

            browser.WaitUntil(() => browser.Driver.FindElements(By.CssSelector("#timeline button[data-event-id]")).Count > 0, "events in the zoomed-in window");
            var windowed = browser.Js<bool>("return window.__requests.some(r => r.startsWith('/api/v1/events?') && r.includes('from=') && r.includes('to='))");
            Assert.True(windowed, "a GET /api/v1/events with the window's from and to");
            Assert.Empty(browser.Driver.FindElements(By.CssSelector("#timeline .vis-item.aggregate")));
        }
        finally
        {
            browser.Driver.ExecuteCdpCommand("Page.removeScriptToEvaluateOnNewDocument", new Dictionary<string, object?> { ["identifier"] = identifier });
        }
    }
}
