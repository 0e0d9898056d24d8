using System.Net;
using System.Text.Json;
using Chronology.Application.Listing;
using Chronology.Application.Proposals;
using Chronology.IntegrationTests.Fuzz;
using Chronology.IntegrationTests.Infrastructure;

namespace Chronology.IntegrationTests.Hardening;

/// <summary>What the database keeps for itself (seed keys, folded search text, hierarchy paths, folded names) never leaves it.</summary>
public sealed class InternalColumnsTests(ChronologyApiFactory factory) : IClassFixture<ChronologyApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();
    private readonly HttpClient editor = factory.CreateEditorClient();

    [Fact]
    public async Task NoDocumentedRead_ShowsAnInternalColumn()
    {
        var created = await editor.CreateEventAsync(await editor.NewEventBodyAsync("Internal columns"));
        var article = await client.ArticleAsync();
        using (var run = await editor.PostAsync($"/api/v1/sources/{article.Id}/extractions", null))
        {
            Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        }

        var proposal = (await client.GetJsonAsync<PagedResponse<ProposalResponse>>("/api/v1/proposals?limit=1")).Items.Single();
        var ids = new Dictionary<string, int>
        {
            ["events"] = created.Id,
            ["places"] = (await client.PlaceAsync("Kobanî")).Id,
            ["forces"] = (await client.ForceAsync("YPG")).Id,
            ["sources"] = article.Id,
            ["proposals"] = proposal.Id,
        };
        var urls = (await FuzzTests.DocumentedOperationsAsync(client))
            .Where(o => o.Method == "GET" && o.PathTemplate.StartsWith("/api/v1/", StringComparison.Ordinal))
            .Select(o => o.PathTemplate.Contains("{id}", StringComparison.Ordinal)
                ? o.PathTemplate.Replace("{id}", ids[o.PathTemplate.Split('/')[3]].ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                : o.PathTemplate)
            .Concat(["/api/v1/events?limit=500", "/api/v1/places?limit=500", "/api/v1/forces?limit=500", "/api/v1/events?format=geojson"])
            .ToList();

        var read = new List<string>();
        foreach (var url in urls)
        {
            using var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType?.EndsWith("json", StringComparison.Ordinal) != true)
            {
                continue;
            }

            using var document = JsonDocument.Parse(body);
            var found = InternalColumns.Find(document.RootElement).ToList();
            Assert.True(found.Count == 0, $"GET {url} shows {string.Join(", ", found)}");
            read.Add(url);
        }

        Assert.Contains("/api/v1/events?limit=500", read);
        Assert.Contains($"/api/v1/events/{created.Id}", read);
        Assert.Contains($"/api/v1/events/{created.Id}/history", read);
        Assert.Contains($"/api/v1/places/{ids["places"]}", read);
        Assert.Contains($"/api/v1/forces/{ids["forces"]}", read);
        Assert.Contains($"/api/v1/sources/{article.Id}", read);
        Assert.Contains($"/api/v1/proposals/{proposal.Id}", read);
    }
}
