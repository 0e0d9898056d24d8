using Chronology.Application.Events;
using Chronology.Application.Sources;
using Chronology.Infrastructure.Seed;
using Chronology.IntegrationTests.Infrastructure;

namespace Chronology.IntegrationTests.Seed;

/// <summary>
/// Each row of "Where the article is wrong or unclear" in docs/seed-data.md, checked against the running
/// database: the event carries that note, its date as written is the row's and stands verbatim in the
/// article, and so do its quotes. The seed key (never served) leads to the event by title and start.
/// </summary>
public sealed class ArticleNotesTests(ChronologyApiFactory factory) : IClassFixture<ChronologyApiFactory>
{
    private static readonly SeedFile Seed = SeedFile.Read(Path.Combine(AppContext.BaseDirectory, "Seed", "Data"));

    public static TheoryData<string, string, string> DocumentedNotes()
    {
        var rows = new TheoryData<string, string, string>();
        foreach (var (key, articleSays, note) in ReadTable())
        {
            rows.Add(key, articleSays, note);
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(DocumentedNotes))]
    public async Task TheServedEvent_CarriesTheDocumentedNote_AndQuotesTheArticleVerbatim(string key, string articleSays, string note)
    {
        var item = Assert.Single(Seed.Events, e => e.Key == key);
        var served = Assert.Single(await EventWalker.WalkAsync(factory.CreateClient(), "", 500), e => e.Title == item.Title && e.Start == item.Start);
        var article = await ArticleTextAsync(served);

        Assert.Equal(note, served.Notes);
        Assert.Equal(articleSays, served.DateText);
        Assert.Contains(articleSays, article, StringComparison.Ordinal);
        Assert.NotEmpty(served.Citations);
        Assert.All(served.Citations, c => Assert.Contains(c.Quote, article, StringComparison.Ordinal));
    }

    [Fact]
    public async Task EveryServedEventWithNotes_IsInTheTable()
    {
        var documented = ReadTable().Select(row => Seed.Events.Single(e => e.Key == row.Key)).Select(e => (e.Title, e.Start)).ToHashSet();

        var withNotes = (await EventWalker.WalkAsync(factory.CreateClient(), "", 500)).Where(e => !string.IsNullOrWhiteSpace(e.Notes)).ToList();

        Assert.Equal(documented.Count, withNotes.Count);
        Assert.All(withNotes, e => Assert.Contains((e.Title, e.Start), documented));
    }

    private async Task<string> ArticleTextAsync(EventResponse served)
    {
        var source = await factory.CreateClient().GetJsonAsync<SourceResponse>($"/api/v1/sources/{served.Citations[0].SourceId}");
        Assert.Equal("Hawar News Agency (ANHA)", source.Publisher);
        return source.Text!;
    }

    // The table's rows: | `seed-key` | the article says | note |
    private static IEnumerable<(string Key, string ArticleSays, string Note)> ReadTable()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryFiles.Root, "docs", "seed-data.md"))
            .SkipWhile(line => line != "## Where the article is wrong or unclear")
            .TakeWhile(line => line != "## Seeding")
            .Where(line => line.StartsWith("| `", StringComparison.Ordinal));
        foreach (var line in lines)
        {
            var cells = line.Trim().Trim('|').Split(" | ");
            Assert.Equal(3, cells.Length);
            yield return (cells[0].Trim().Trim('`'), cells[1].Trim(), cells[2].Trim());
        }
    }
}
