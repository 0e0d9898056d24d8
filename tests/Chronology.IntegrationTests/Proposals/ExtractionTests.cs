using System.Net;
using System.Net.Http.Json;
using Chronology.Application.Events;
using Chronology.Application.Listing;
using Chronology.Application.Proposals;
using Chronology.Application.Sources;
using Chronology.IntegrationTests.Infrastructure;

namespace Chronology.IntegrationTests.Proposals;

/// <summary>POST /sources/{id}/extractions: proposals with exact quotes, resolved dates and names, idempotent re-runs, corroboration.</summary>
public sealed class ExtractionTests(ChronologyApiFactory factory) : IClassFixture<ChronologyApiFactory>
{
    private readonly HttpClient editor = factory.CreateEditorClient();

    [Fact]
    public async Task Extract_Report_ProposesItsDatedHappeningsWithExactQuotesAndKnownNames()
    {
        var source = await ProposalTestData.ImportAsync(editor);

        var extraction = await ProposalTestData.ExtractAsync(editor, source.Id);

        Assert.Equal(source.Id, extraction.SourceId);
        Assert.All(extraction.Items, p =>
        {
            Assert.Equal(p.Quote, source.Text!.Substring(p.QuoteStart, p.Quote.Length));
            Assert.Equal(ProposalStatus.Pending, p.Status);
            Assert.InRange(p.Confidence, 0, 1);
            Assert.NotEmpty(p.Trace);
        });
        var liberation = Assert.Single(extraction.Items, p => p.Quote.Contains("Tel Hamis"));
        Assert.Equal((new DateOnly(2016, 3, 3), DatePrecision.Day, EventType.Liberation), (liberation.Start, liberation.Precision, liberation.Type));
        Assert.Contains(liberation.Places, p => p.Name == "Tel Hamis");
        Assert.Contains(liberation.Forces, f => f.Name == "People's Protection Units" && f.Role == "initiator");
        Assert.Contains(liberation.Forces, f => f.Name == "Islamic State" && f.Role == "target");

        var attack = Assert.Single(extraction.Items, p => p.Quote.Contains("Tel Barak"));
        Assert.Equal((new DateOnly(2016, 3, 5), 12), (attack.Start, attack.Fatalities));
        Assert.Contains(attack.Type, new[] { EventType.Attack, EventType.Massacre });
        Assert.Contains(attack.Trace, t => t.Contains("2016-03-03", StringComparison.Ordinal));
        Assert.DoesNotContain(extraction.Items, p => p.Quote.Contains("weather"));
    }

    [Fact]
    public async Task Extract_Again_AddsNothingAndKeepsDecisions()
    {
        var source = await ProposalTestData.ImportAsync(editor);
        var first = await ProposalTestData.ExtractAsync(editor, source.Id);
        var rejected = first.Items.First(p => p.Quote.Contains("Tel Barak"));
        (await editor.PostAsync($"/api/v1/proposals/{rejected.Id}/reject", null)).EnsureSuccessStatusCode();

        var second = await ProposalTestData.ExtractAsync(editor, source.Id);

        Assert.Equal(first.Items.Select(p => p.Id), second.Items.Select(p => p.Id));
        Assert.Equal(first.Items.Select(p => (p.Quote, p.Start, p.Title)), second.Items.Select(p => (p.Quote, p.Start, p.Title)));
        Assert.Equal(ProposalStatus.Rejected, second.Items.Single(p => p.Id == rejected.Id).Status);
    }

    [Fact]
    public async Task Extract_TheSeedArticle_MatchesTheSeededEventsItDescribes()
    {
        var article = await factory.CreateClient().ArticleAsync();
        var seeded = await EventWalker.WalkAsync(factory.CreateClient(), $"source={article.Id}", 500);

        var extraction = await ProposalTestData.ExtractAsync(editor, article.Id);

        // Every proposal whose quote overlaps a seeded citation names that event among its matches.
        foreach (var proposal in extraction.Items)
        {
            var citing = seeded.Where(e => e.Citations.Any(c => Overlaps(article.Text!, c.Quote, proposal))).Select(e => e.Id).ToList();
            Assert.All(citing, id => Assert.Contains(proposal.Matches, m => m.EventId == id));
        }

        var matched = seeded.Count(e => extraction.Items.Any(p => p.Matches.Any(m => m.EventId == e.Id) && p.Start >= e.Start
            && p.Start <= EventDates.EffectiveEnd(e.Start, e.End, e.Precision)));
        Assert.True(matched >= 0.9 * seeded.Count, $"{matched} of {seeded.Count} seeded events were proposed again with their match.");
    }

    [Fact]
    public async Task Extract_ASourceWithoutText_Is422()
    {
        var source = await CreateSourceAsync(null, "en");

        using var response = await editor.PostAsync($"/api/v1/sources/{source.Id}/extractions", null);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("has no text", (await response.ReadProblemAsync()).GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("fr", "Le 3 mars 2016, les forces kurdes ont libéré la ville de Tel Hamis après de violents combats avec les djihadistes.")]
    [InlineData("en", "Le 3 mars 2016, les forces kurdes ont libéré la ville de Tel Hamis après de violents combats avec les djihadistes, selon le rapport de la commission.")]
    public async Task Extract_ASourceNotInEnglish_Is422SayingSo(string language, string text)
    {
        var source = await CreateSourceAsync(text, language);

        using var response = await editor.PostAsync($"/api/v1/sources/{source.Id}/extractions", null);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("English", (await response.ReadProblemAsync()).GetProperty("detail").GetString());
        Assert.Empty((await editor.GetJsonAsync<PagedResponse<ProposalResponse>>($"/api/v1/proposals?sourceId={source.Id}")).Items);
    }

    [Fact]
    public async Task Extract_UnknownSource_Is404_AndWithoutTheEditorRole_Is403()
    {
        using var missing = await editor.PostAsync("/api/v1/sources/999999/extractions", null);
        using var reader = await factory.CreateClientWithKey(ChronologyApiFactory.ReaderKey).PostAsync("/api/v1/sources/1/extractions", null);

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reader.StatusCode);
    }

    private static bool Overlaps(string text, string quote, ProposalResponse proposal)
    {
        var at = text.IndexOf(quote, StringComparison.Ordinal);
        return at >= 0 && at < proposal.QuoteStart + proposal.Quote.Length && proposal.QuoteStart < at + quote.Length;
    }

    private async Task<SourceResponse> CreateSourceAsync(string? text, string language)
    {
        using var response = await editor.PostAsJsonAsync("/api/v1/sources", new { title = "Test source", language, text });
        response.EnsureSuccessStatusCode();
        return await response.ReadAsync<SourceResponse>();
    }
}
