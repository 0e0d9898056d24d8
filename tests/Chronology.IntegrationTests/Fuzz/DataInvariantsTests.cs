using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Chronology.IntegrationTests.Infrastructure;

namespace Chronology.IntegrationTests.Fuzz;

/// <summary>The rules the walk after the fuzz run checks, and the write the fuzzer found breaking one of them.</summary>
public sealed class DataInvariantsTests(ChronologyApiFactory factory) : IClassFixture<ChronologyApiFactory>
{
    private readonly HttpClient editor = factory.CreateEditorClient();

    /// <summary>Was a 200 that erased the seed article's text, leaving 43 events quoting a source with no text.</summary>
    [Fact]
    public async Task Update_OfACitedSourceToNoText_Returns409_AndEveryQuoteStaysVerbatim()
    {
        var article = await editor.ArticleAsync();
        var body = new JsonObject
        {
            ["title"] = article.Title,
            ["publisher"] = article.Publisher,
            ["url"] = article.Url,
            ["publishedOn"] = article.PublishedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["language"] = article.Language,
            ["text"] = null,
        };

        using var response = await editor.PutAsJsonAsync($"/api/v1/sources/{article.Id}", body);

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("no longer contains quotes", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var walk = await DataInvariants.CheckAsync(factory.CreateClient());
        Assert.Empty(walk.Failures);
        Assert.True(walk.Events >= 43 && walk.Citations >= walk.Events, $"The walk read {walk.Events} events and {walk.Citations} citations.");
    }
}
