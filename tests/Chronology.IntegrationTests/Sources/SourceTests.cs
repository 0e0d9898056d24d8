using System.Net;
using System.Text.Json.Nodes;
using Chronology.Application.Events;
using Chronology.Application.Listing;
using Chronology.Application.Sources;
using Chronology.IntegrationTests.Infrastructure;

namespace Chronology.IntegrationTests.Sources;

/// <summary>Sources: reads, edits, and the rule that nothing an event cites is lost from under it.</summary>
public sealed class SourceTests(ChronologyApiFactory factory) : IClassFixture<ChronologyApiFactory>
{
    private const string Text = "Alpha bravo charlie. The village fell on 3 March 2016. Delta echo foxtrot.";
    private const string Quote = "The village fell on 3 March 2016.";

    private readonly HttpClient client = factory.CreateClient();
    private readonly HttpClient editor = factory.CreateEditorClient();

    [Fact]
    public async Task List_IncludesTheSeededArticleWithItsText()
    {
        var article = await client.ArticleAsync();

        Assert.Equal("Hawar News Agency (ANHA)", article.Publisher);
        Assert.Equal("en", article.Language);
        Assert.Contains(TestData.ArticleQuote, article.Text);
    }

    [Fact]
    public async Task List_PagedOneByOne_EqualsTheWholeList()
    {
        await CreateSourceAsync("Paging one", Text);
        await CreateSourceAsync("Paging two", Text);
        var all = (await client.GetJsonAsync<PagedResponse<SourceResponse>>("/api/v1/sources?limit=500")).Items;
        var walked = new List<SourceResponse>();
        string? cursor = null;
        do
        {
            var page = await client.GetJsonAsync<PagedResponse<SourceResponse>>(
                "/api/v1/sources?limit=1" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            walked.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        Assert.True(all.Count >= 3);
        Assert.Equal(all.Select(s => s.Id), walked.Select(s => s.Id));
    }

    [Fact]
    public async Task Get_ReturnsTheSourceWithAnETag()
    {
        var article = await client.ArticleAsync();

        using var response = await client.GetAsync($"/api/v1/sources/{article.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"\"{article.Version}\"", response.Headers.ETag!.Tag);
        Assert.Equal(article.Text, (await response.ReadAsync<SourceResponse>()).Text);
    }

    [Fact]
    public async Task Create_ValidSource_Returns201WithLocationAndETag()
    {
        var body = new { title = "A report", publisher = "A publisher", url = "https://example.org/report", publishedOn = "2017-10-20", language = "ku-Latn", text = Text };

        using var response = await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/sources", body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("\"1\"", response.Headers.ETag!.Tag);
        var read = await client.GetJsonAsync<SourceResponse>(response.Headers.Location!.ToString());
        Assert.Equal(("A report", "A publisher", "https://example.org/report"), (read.Title, read.Publisher, read.Url));
        Assert.Equal((new DateOnly(2017, 10, 20), "ku-Latn", Text), (read.PublishedOn!.Value, read.Language, read.Text));
    }

    [Fact]
    public async Task Update_ValidSource_Returns200AndTheNextReadShowsTheNewTextAndVersion()
    {
        var source = await CreateSourceAsync("Before", Text);

        using var response = await editor.SendJsonAsync(HttpMethod.Put, $"/api/v1/sources/{source.Id}",
            new { title = "After", language = "ar", text = "Another text." });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var read = await client.GetJsonAsync<SourceResponse>($"/api/v1/sources/{source.Id}");
        Assert.Equal(("After", "ar", "Another text.", 2), (read.Title, read.Language, read.Text, read.Version));
    }

    [Fact]
    public async Task Delete_UncitedSource_Returns204ThenGetReturns404()
    {
        var source = await CreateSourceAsync("Uncited", Text);

        using var response = await editor.DeleteAsync($"/api/v1/sources/{source.Id}");
        using var after = await client.GetAsync($"/api/v1/sources/{source.Id}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await after.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Update_WithATextThatDropsACitedQuote_Returns409ListingTheEvent()
    {
        var source = await CreateSourceAsync("Cited, then cut", Text);
        var citing = await CiteAsync(source.Id, Quote);

        using var response = await editor.SendJsonAsync(HttpMethod.Put, $"/api/v1/sources/{source.Id}",
            new { title = "Cited, then cut", language = "en", text = "Alpha bravo charlie. Delta echo foxtrot." });

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal([citing.Id], problem.GetProperty("usedBy").GetProperty("events").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(Text, (await client.GetJsonAsync<SourceResponse>($"/api/v1/sources/{source.Id}")).Text);
    }

    [Fact]
    public async Task Update_WithATextThatKeepsEveryCitedQuote_Returns200()
    {
        var source = await CreateSourceAsync("Cited, then extended", Text);
        await CiteAsync(source.Id, Quote);

        using var response = await editor.SendJsonAsync(HttpMethod.Put, $"/api/v1/sources/{source.Id}",
            new { title = "Cited, then extended", language = "en", text = "A new first line. " + Text });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Delete_ACitedSource_Returns409ListingTheEventAndKeepsTheSource()
    {
        var source = await CreateSourceAsync("Cited, then deleted", Text);
        var citing = await CiteAsync(source.Id, Quote);

        using var response = await editor.DeleteAsync($"/api/v1/sources/{source.Id}");

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal([citing.Id], problem.GetProperty("usedBy").GetProperty("events").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/sources/{source.Id}")).StatusCode);
        Assert.Equal(Quote, Assert.Single((await client.GetJsonAsync<EventResponse>($"/api/v1/events/{citing.Id}")).Citations).Quote);
    }

    [Fact]
    public async Task Cite_ASourceWithoutText_AcceptsAnyQuote()
    {
        var source = await CreateSourceAsync("Known only by title", null);

        var citing = await CiteAsync(source.Id, "Words nobody can check yet.");

        Assert.Equal(source.Id, Assert.Single(citing.Citations).SourceId);
    }

    [Theory]
    [InlineData("""{"title":"","language":"en"}""", "title")]
    [InlineData("""{"title":"No language"}""", "language")]
    [InlineData("""{"title":"Bad language","language":"english!"}""", "language")]
    [InlineData("""{"title":"Bad language","language":"e"}""", "language")]
    [InlineData("""{"title":"Bad url","language":"en","url":"not a url"}""", "url")]
    [InlineData("""{"title":"Bad url","language":"en","url":"/relative/path"}""", "url")]
    [InlineData("""{"title":"Bad url","language":"en","url":"ftp://example.org/file"}""", "url")]
    [InlineData("""{"title":"Bad url","language":"en","url":"javascript:alert(1)"}""", "url")]
    public async Task Create_BreakingARule_Returns400NamingTheMember(string json, string member)
    {
        using var response = await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/sources", JsonNode.Parse(json));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor(member));
    }

    private Task<SourceResponse> CreateSourceAsync(string title, string? text) =>
        editor.CreateAsync<SourceResponse>("/api/v1/sources", new { title, language = "en", text });

    private async Task<EventResponse> CiteAsync(int sourceId, string quote)
    {
        var body = await client.NewEventBodyAsync($"Cites source {sourceId}");
        body["citations"] = new JsonArray(new JsonObject { ["sourceId"] = sourceId, ["quote"] = quote });
        return await editor.CreateEventAsync(body);
    }
}
