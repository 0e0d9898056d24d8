using Chronology.BrowserTests.Infrastructure;
using OpenQA.Selenium;

namespace Chronology.BrowserTests;

/// <summary>
/// The editors' review queue end to end: import a text document, run extraction, accept a proposal,
/// find the new event on the timeline. Written against the fixed contract of POST /sources/import,
/// POST /sources/{id}/extractions, GET /proposals and POST /proposals/{id}/accept; it fails until
/// those endpoints are served, and is skipped (with the reason) while this build has no proposals route.
/// </summary>
public sealed class ReviewQueueTests(ExplorerFixture fixture) : IClassFixture<ExplorerFixture>
{
    private const string Document = """
        Fighting in northern Syria, March 2016

        On 3 March 2016 the Syrian Democratic Forces liberated the town of Tel Hamis from IS after two days of clashes.
        """;

    [Fact]
    public void ImportExtractAccept_PutsTheNewEventOnTheTimeline()
    {
        var browser = fixture.Browser;
        browser.Viewport(1366, 768);
        browser.Open(fixture.Page());
        browser.Driver.ExecuteScript("sessionStorage.setItem('chronology.editorKey', arguments[0])", ExplorerServer.EditorKey);
        browser.Open(fixture.Page("?view=review"));

        var file = Path.Combine(Path.GetTempPath(), $"chronology-review-{Guid.NewGuid():N}.txt");
        File.WriteAllText(file, Document);
        try
        {
            browser.Driver.FindElement(By.Id("imp-file")).SendKeys(file);
            browser.Driver.FindElement(By.Id("imp-title")).SendKeys("Fighting in northern Syria, March 2016");
            browser.Driver.FindElement(By.CssSelector("#import-form button[type=submit]")).Click();
            browser.WaitUntil(() => browser.Driver.FindElement(By.Id("rq-source")).GetDomProperty("value") is { Length: > 0 }, "the imported source's id", 30);

            browser.Driver.FindElement(By.Id("rq-extract")).Click();
            browser.WaitUntil(() => browser.Driver.FindElements(By.CssSelector("#proposal .proposal-card")).Count > 0, "a pending proposal", 60);
            browser.WaitUntil(() => browser.Driver.FindElements(By.CssSelector("#proposal .source-text mark")).Count > 0, "the proposal's sentence marked in the source");
            browser.SaveScreenshot("review-queue.png");

            browser.Driver.FindElement(By.TagName("body")).SendKeys("a");
            browser.WaitUntil(() => browser.Driver.FindElements(By.Id("rv-show-event")).Count > 0, "the accepted event's link", 30);
            var eventId = browser.Driver.FindElement(By.Id("rv-show-event")).GetDomProperty("dataset.eventId")
                ?? browser.Js<string>("return document.getElementById('rv-show-event').dataset.eventId");
            browser.Driver.FindElement(By.Id("rv-show-event")).Click();

            browser.WaitUntil(() => browser.Driver.FindElements(By.CssSelector($"#timeline .vis-item.event-{eventId}")).Count > 0, $"event {eventId} on the timeline");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
