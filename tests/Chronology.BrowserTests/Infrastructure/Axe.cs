using System.Text.Json;

namespace Chronology.BrowserTests.Infrastructure;

/// <summary>axe-core (npm 4.14.1, vendored beside the tests) run inside the page.</summary>
public static class Axe
{
    private static readonly Lazy<string> Script = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "vendor", "axe.min.js")));

    public sealed record Violation(string Id, string Impact, string Help, int Nodes, string Targets);

    /// <summary>The violations axe finds on the page as it is now (WCAG 2.x A and AA rules plus best practices).</summary>
    public static IReadOnlyList<Violation> Run(Browser browser)
    {
        browser.Driver.ExecuteScript(Script.Value);
        var json = (string?)browser.Driver.ExecuteAsyncScript("""
            const done = arguments[arguments.length - 1];
            axe.run(document, { resultTypes: ["violations"] })
              .then(result => done(JSON.stringify(result.violations.map(v => ({
                id: v.id, impact: v.impact ?? "", help: v.help, nodes: v.nodes.length,
                targets: v.nodes.slice(0, 5).map(n => n.target.join(" ")).join(", ") })))))
              .catch(error => done(JSON.stringify([{ id: "axe-error", impact: "critical", help: String(error), nodes: 0, targets: "" }])));
            """);
        return JsonSerializer.Deserialize<List<Violation>>(json ?? "[]", JsonSerializerOptions.Web)!;
    }
}
