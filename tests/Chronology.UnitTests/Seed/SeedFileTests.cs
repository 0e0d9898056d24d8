using Chronology.Application.Events;
using Chronology.Application.Places;
using Chronology.Application.Text;
using Chronology.Infrastructure.Seed;

namespace Chronology.UnitTests.Seed;

/// <summary>The invariants of the shipped seed file: every fact traceable, every reference sound.</summary>
public sealed class SeedFileTests
{
    private static readonly SeedFile File = SeedFile.Read(Path.Combine(AppContext.BaseDirectory, "Seed", "Data"));

    private static string SourceText(string key) => File.Sources.Single(s => s.Key == key).Text!;

    [Fact]
    public void Source_IsTheAnhaArticleWithItsFullText()
    {
        var source = Assert.Single(File.Sources);
        Assert.Equal("Hawar News Agency (ANHA)", source.Publisher);
        Assert.Equal("en", source.Language);
        Assert.StartsWith("https://www.hawarnews.com/en/haber/isfrom-beginning-to-end", source.Url);
        Assert.StartsWith("IS…from beginning to end; Turkey-funded gangs share same mentality -4", source.Text);
        Assert.Contains("On November 13, 2015, Şengal Resistance Units supported by the People Defense Forces liberated the city of Şengal.", source.Text);
        Assert.True(source.Text!.Length > 8000);
    }

    [Fact]
    public void Counts_AreTheOnesTheReadmeStates() =>
        Assert.Equal((43, 49, 21), (File.Events.Count, File.Places.Count, File.Forces.Count));

    /// <summary>The seed reaches the database without the API's text rules, so it must keep them itself.</summary>
    [Fact]
    public void EveryText_IsComposed_AndNoNameOrTitleHoldsAnInvisibleCharacter()
    {
        var names = File.Places.SelectMany(p => p.Aliases.Prepend(p.Name))
            .Concat(File.Forces.SelectMany(f => f.Aliases.Prepend(f.Name).Append(f.Abbreviation ?? "")))
            .Concat(File.Events.Select(e => e.Title))
            .Concat(File.Sources.SelectMany(s => new[] { s.Title, s.Publisher ?? "" }))
            .ToList();
        var texts = names
            .Concat(File.Events.SelectMany(e => new[] { e.Summary, e.DateText ?? "", e.Notes ?? "" }.Concat(e.Citations.Select(c => c.Quote))))
            .Concat(File.Sources.Select(s => s.Text!))
            .ToList();

        Assert.DoesNotContain(texts, t => !t.IsNormalized(System.Text.NormalizationForm.FormC));
        Assert.DoesNotContain(names, n => TextInput.FindInvisible(n) is not null);
    }

    [Fact]
    public void EveryCitationQuote_IsAnExactSubstringOfItsSource()
    {
        var misquoted = File.Events.SelectMany(e => e.Citations.Select(c => (e.Key, c)))
            .Where(x => !SourceText(x.c.Source).Contains(x.c.Quote, StringComparison.Ordinal))
            .Select(x => x.Key)
            .ToList();
        Assert.Empty(misquoted);
    }

    [Fact]
    public void EveryDateAsWritten_IsAnExactSubstringOfTheCitedSource()
    {
        var wrong = File.Events
            .Where(e => e.DateText is not null && !e.Citations.Any(c => SourceText(c.Source).Contains(e.DateText, StringComparison.Ordinal)))
            .Select(e => e.Key)
            .ToList();
        Assert.Empty(wrong);
    }

    [Fact]
    public void EveryEvent_HasACitationAPlaceAndAForce()
    {
        Assert.All(File.Events, e =>
        {
            Assert.NotEmpty(e.Citations);
            Assert.NotEmpty(e.Places);
            Assert.NotEmpty(e.Forces);
        });
    }

    [Fact]
    public void EveryEnd_IsNotBeforeItsStart_UnlessTheNotesExplain()
    {
        Assert.All(File.Events.Where(e => e.End < e.Start), e => Assert.False(string.IsNullOrWhiteSpace(e.Notes)));
    }

    [Fact]
    public void MonthAndYearDates_StartOnTheFirstDayOfTheirPeriod()
    {
        Assert.All(File.Events, e => Assert.True(EventDates.IsStartOfPeriod(e.Start, e.Precision), e.Key));
    }

    [Fact]
    public void EveryReference_NamesARecordListedBeforeIt()
    {
        AssertParentsPrecede(File.Places.Select(p => (p.Key, p.Parent)));
        AssertParentsPrecede(File.Forces.Select(f => (f.Key, f.Parent)));
        AssertParentsPrecede(File.Events.Select(e => (e.Key, e.Parent)));

        var places = File.Places.Select(p => p.Key).ToHashSet();
        var forces = File.Forces.Select(f => f.Key).ToHashSet();
        var sources = File.Sources.Select(s => s.Key).ToHashSet();
        Assert.All(File.Events, e =>
        {
            Assert.All(e.Places, p => Assert.Contains(p, places));
            Assert.All(e.Forces, f => Assert.Contains(f.Force, forces));
            Assert.All(e.Citations, c => Assert.Contains(c.Source, sources));
        });
    }

    [Fact]
    public void EveryPlacesParentChain_EndsAtACountry()
    {
        var byKey = File.Places.ToDictionary(p => p.Key);
        Assert.All(File.Places, place =>
        {
            var current = place;
            for (var depth = 0; current.Parent is not null; depth++)
            {
                Assert.True(depth < 10, $"{place.Key}: parent chain too deep or cyclic");
                current = byKey[current.Parent];
            }

            Assert.Equal(PlaceKind.Country, current.Kind);
        });
    }

    [Fact]
    public void EveryNameAndAlias_ResolvesToExactlyOnePlaceOrForce()
    {
        var owners = File.Places.SelectMany(p => p.Aliases.Append(p.Name).Select(n => (Name: TextNormalizer.Normalize(n), Owner: "place:" + p.Key)))
            .Concat(File.Forces.SelectMany(f => f.Aliases.Append(f.Name).Concat(f.Abbreviation is null ? [] : [f.Abbreviation])
                .Select(n => (Name: TextNormalizer.Normalize(n), Owner: "force:" + f.Key))))
            .Distinct()
            .GroupBy(x => x.Name)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(x => x.Owner))}")
            .ToList();
        Assert.Empty(owners);
    }

    [Fact]
    public void NoTwoEvents_RecordTheSameStatementTwice()
    {
        Assert.Equal(File.Events.Count, File.Events.Select(e => e.Key).Distinct().Count());
        Assert.Equal(File.Events.Count, File.Events.Select(e => TextNormalizer.Normalize(e.Title)).Distinct().Count());
        var statements = File.Events.Select(e => (e.Type, e.Start, e.End, Quote: e.Citations[0].Quote)).ToList();
        Assert.Equal(statements.Count, statements.Distinct().Count());
    }

    [Theory]
    [InlineData("kobani-siege", "2014-09-15", "2015-01-26")]
    [InlineData("mosul-campaign", "2016-10-17", "2017-07-10")]
    public void KnownSpans_AreRecordedAsSpans(string key, string start, string end)
    {
        var e = File.Events.Single(x => x.Key == key);
        Assert.Equal(DateOnly.Parse(start), e.Start);
        Assert.Equal(DateOnly.Parse(end), e.End);
    }

    [Fact]
    public void TheRaqqaCampaign_KeepsTheArticlesDateAndFlagsIt()
    {
        var campaign = File.Events.Single(e => e.Key == "raqqa-campaign");
        Assert.Equal(new DateOnly(2017, 11, 6), campaign.Start);
        Assert.Contains("2016", campaign.Notes);
        Assert.Contains(File.Events, e => e.Parent == "raqqa-campaign" && e.Start == new DateOnly(2017, 10, 17));
    }

    [Fact]
    public void TheTwoDams_AreDifferentPlaces()
    {
        var dams = File.Places.Where(p => p.Kind == PlaceKind.Dam).ToList();
        Assert.Equal(2, dams.Count);
        Assert.Contains(dams, d => d.Name.Contains("Tishrin", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(dams, d => d.Name.Contains("Tabqa", StringComparison.OrdinalIgnoreCase));
    }

    private static void AssertParentsPrecede(IEnumerable<(string Key, string? Parent)> items)
    {
        var seen = new HashSet<string>();
        foreach (var (key, parent) in items)
        {
            Assert.True(parent is null || seen.Contains(parent), $"{key} names parent {parent}, not listed before it");
            Assert.True(seen.Add(key), $"duplicate key {key}");
        }
    }
}
