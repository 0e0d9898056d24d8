using Chronology.BrowserTests.Infrastructure;
using OpenQA.Selenium;

namespace Chronology.BrowserTests;

/// <summary>Editing an event from its panel with an editor key: the API's messages by their fields, a 412 explained, a save shown.</summary>
public sealed class EditorTests(ExplorerFixture fixture) : IClassFixture<ExplorerFixture>
{
    private Browser Browser => fixture.Browser;

    [Fact]
    public void EditingAnEvent_ShowsFieldMessages_ExplainsAConflict_AndSaves()
    {
        Browser.Viewport(1366, 768);
        Browser.Open(fixture.Page());
        Browser.Driver.ExecuteScript("sessionStorage.setItem('chronology.editorKey', arguments[0])", ExplorerServer.EditorKey);
        Browser.Open(fixture.Page("?event=8"));
        ClickEdit();

        // An empty title: the API's message appears beside the title field.
        var title = Browser.Driver.FindElement(By.CssSelector(".edit-form input[name=title]"));
        title.Clear();
        Browser.Driver.FindElement(By.CssSelector(".edit-form button[type=submit]")).Click();
        Browser.WaitUntil(() => Browser.Driver.FindElements(By.CssSelector(".edit-form .field-error")).Any(e => e.Displayed && e.Text.Contains("title", StringComparison.OrdinalIgnoreCase)), "the title's validation message");
        Assert.Equal("true", title.GetAttribute("aria-invalid"));

        // Someone else saves first: the stale If-Match gets a 412, explained.
        var changed = (string?)Browser.Driver.ExecuteAsyncScript("""
            const done = arguments[arguments.length - 1];
            (async () => {
              const response = await fetch('api/v1/events/8');
              const e = await response.json();
              const body = { title: e.title, summary: e.summary + ' (checked)', type: e.type, start: e.start, end: e.end, precision: e.precision,
                approximate: e.approximate, dateText: e.dateText, fatalities: e.fatalities, places: e.places.map(p => ({ id: p.id })),
                forces: e.forces.map(f => ({ id: f.id, role: f.role })), citations: e.citations, parentId: e.parentId, notes: e.notes };
              const put = await fetch('api/v1/events/8', { method: 'PUT', body: JSON.stringify(body),
                headers: { 'Content-Type': 'application/json', 'If-Match': response.headers.get('ETag'), 'X-Api-Key': sessionStorage.getItem('chronology.editorKey') } });
              done(String(put.status));
            })().catch(error => done(String(error)));
            """);
        Assert.Equal("200", changed);
        title.SendKeys("Tel Barak liberated from IS (edited)");
        Browser.Driver.FindElement(By.CssSelector(".edit-form button[type=submit]")).Click();
        Browser.WaitUntil(() => Browser.Driver.FindElement(By.CssSelector(".edit-form .form-message")).Text.Contains("Someone else changed this event", StringComparison.Ordinal), "the 412 explained");

        // Reload, edit again, save: the panel shows the new title.
        Browser.Driver.FindElement(By.CssSelector(".edit-form .form-message button")).Click();
        ClickEdit();
        title = Browser.Driver.FindElement(By.CssSelector(".edit-form input[name=title]"));
        title.Clear();
        title.SendKeys("Tel Barak liberated from IS (edited)");
        Browser.Driver.FindElement(By.CssSelector(".edit-form button[type=submit]")).Click();
        Browser.WaitUntil(() => Browser.Driver.FindElements(By.Id("event-title")).FirstOrDefault()?.Text == "Tel Barak liberated from IS (edited)", "the saved title in the panel");
    }

    private void ClickEdit()
    {
        Browser.WaitUntil(() => Browser.Driver.FindElements(By.XPath("//aside[@id='panel']//button[normalize-space()='Edit this event']")).Count > 0, "the Edit button");
        Browser.Driver.FindElement(By.XPath("//aside[@id='panel']//button[normalize-space()='Edit this event']")).Click();
        Browser.WaitUntil(() => Browser.Driver.FindElements(By.CssSelector(".edit-form input[name=title]")).Count > 0, "the edit form");
    }
}
