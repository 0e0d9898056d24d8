using Chronology.Application.Events;
using Chronology.Application.Listing;
using Chronology.Application.Places;
using Chronology.Application.Text;
using Chronology.DataGenerator;
using Chronology.DataGenerator.Events;
using Chronology.Infrastructure.Persistence;
using Chronology.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Chronology.IntegrationTests.Generator;

/// <summary>The synthetic data generator: what it writes, and that the real API serves it like any other data.</summary>
public sealed class GeneratorTests(GeneratedDatabase generated) : IClassFixture<GeneratedDatabase>
{
    private static readonly DateOnly First = new(1990, 1, 1);
    private static readonly DateOnly Last = new(2025, 12, 31);

    private readonly HttpClient client = generated.Api.CreateClient();

    [Fact]
    public async Task Generate_AddsTheRequestedEvents_EachWithPlacesForcesAndOneCitation()
    {
        await using var scope = generated.Api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChronologyDbContext>();
        var events = await db.Events.AsNoTracking().Where(e => e.SeedKey == null)
            .Select(e => new { e.Id, Places = e.Places.Count, Forces = e.Forces.Count, Citations = e.Citations.Count, e.Version, e.CreatedAt, e.UpdatedAt })
            .ToListAsync();

        Assert.Equal(GeneratedDatabase.EventCount, events.Count);
        Assert.Equal(Enumerable.Range(generated.Result.FirstEventId, GeneratedDatabase.EventCount), events.Select(e => e.Id).Order());
        Assert.All(events, e =>
        {
            Assert.InRange(e.Places, 1, 3);
            Assert.InRange(e.Forces, 1, 3);
            Assert.Equal(1, e.Citations);
            Assert.Equal(1, e.Version);
            Assert.Equal(e.CreatedAt, e.UpdatedAt);
            Assert.InRange(e.CreatedAt, DateTime.UtcNow.AddHours(-1), DateTime.UtcNow);
        });
        Assert.Equal(generated.Result.EventPlaces, events.Sum(e => e.Places));
        Assert.Equal(generated.Result.EventForces, events.Sum(e => e.Forces));
        Assert.InRange(generated.Result.Forces, 200, 400);
        Assert.True(await db.Events.AnyAsync(e => e.SeedKey != null), "The service's seed sits beside the generated data.");

        // Batches of 500 are a quarter each: one progress line per batch, the last at the total.
        var steps = generated.Reports.Where(r => r.Step == "events").Select(r => r.Done).ToList();
        Assert.Equal([500, 1_000, 1_500, 2_000], steps);
    }

    [Fact]
    public async Task Generate_BuildsAPlaceTree_WhosePathsAndParentChainsEndAtACountry()
    {
        await using var scope = generated.Api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChronologyDbContext>();
        var places = await db.Places.AsNoTracking().Include(p => p.Aliases).Where(p => p.SeedKey == null).ToDictionaryAsync(p => p.Id);

        Assert.Equal(generated.Result.Places, places.Count);
        Assert.InRange(places.Values.Count(p => p.Kind == PlaceKind.Country), 2, 10);
        Assert.InRange(places.Values.Count(p => p.Kind is PlaceKind.Governorate or PlaceKind.Region), 20, 50);
        Assert.InRange(places.Values.Count(p => p.Kind == PlaceKind.District), 200, 500);
        Assert.InRange(places.Values.Count(p => p.Kind is PlaceKind.City or PlaceKind.Town or PlaceKind.Village), 2_000, 6_000);
        foreach (var place in places.Values)
        {
            var chain = new List<Place> { place };
            while (chain[0].ParentId is { } parentId)
            {
                chain.Insert(0, places[parentId]);
            }

            Assert.Equal(PlaceKind.Country, chain[0].Kind);
            Assert.Equal("/" + string.Join("/", chain.Select(p => p.Id)) + "/", place.Path);
            Assert.Equal(TextNormalizer.Normalize(place.Name), place.NormalizedName);
            Assert.All(place.Aliases, a => Assert.Equal(TextNormalizer.Normalize(a.Name), a.NormalizedName));
            Assert.InRange(place.Latitude!.Value, 31, 38);
            Assert.InRange(place.Longitude!.Value, 35, 47);
        }

        var names = places.Values.SelectMany(p => p.Aliases.Select(a => a.NormalizedName).Append(p.NormalizedName)).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Fact]
    public async Task Generate_KeepsDatesInRange_WithTheEffectiveEndAndSearchTextTheEntityComputes()
    {
        await using var scope = generated.Api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChronologyDbContext>();
        var events = await db.Events.AsNoTracking().Include(e => e.Citations).Where(e => e.SeedKey == null).AsSplitQuery().ToListAsync();

        Assert.All(events, e =>
        {
            Assert.InRange(e.Start, First, Last);
            Assert.InRange(e.EffectiveEnd, e.Start, Last);
            Assert.Equal(EventDates.EffectiveEnd(e.Start, e.End, e.Precision), e.EffectiveEnd);
            Assert.True(EventDates.IsStartOfPeriod(e.Start, e.Precision));
            Assert.False(string.IsNullOrWhiteSpace(e.DateText));
            var words = new[] { e.Title, e.Summary, e.DateText ?? string.Empty }.Concat(e.Citations.Select(c => c.Quote));
            Assert.Equal(TextNormalizer.Normalize(string.Join(' ', words)), e.SearchText);
        });
        Assert.InRange(events.Count(e => e.Precision == DatePrecision.Day), events.Count * 7 / 10, events.Count * 9 / 10);
        Assert.Contains(events, e => e.Precision == DatePrecision.Month);
        Assert.Contains(events, e => e.Precision == DatePrecision.Year);
        Assert.Contains(events, e => e.End > e.Start);
        Assert.Contains(events, e => e.Fatalities > 0);
    }

    [Fact]
    public async Task Generate_QuotesEveryCitationVerbatimFromTheSyntheticSource()
    {
        var source = await client.GetJsonAsync<Application.Sources.SourceResponse>($"/api/v1/sources/{generated.Result.SourceId}");
        await using var scope = generated.Api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChronologyDbContext>();
        var quotes = await db.Set<Citation>().Where(c => c.SourceId == source.Id).Select(c => c.Quote).ToListAsync();

        Assert.Equal(GeneratedDatabase.EventCount, quotes.Count);
        Assert.All(quotes, quote => Assert.Contains(quote, source.Text!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Api_ListsGeneratedEventsInADateWindow_WithPlacesForcesAndCitationsInline()
    {
        var page = await client.GetJsonAsync<PagedResponse<EventResponse>>("/api/v1/events?from=2015-01-01&to=2015-12-31&limit=50");

        Assert.Equal(50, page.Items.Count);
        Assert.NotNull(page.NextCursor);
        Assert.All(page.Items, e =>
        {
            Assert.True(e.Start <= new DateOnly(2015, 12, 31));
            Assert.True(EventDates.EffectiveEnd(e.Start, e.End, e.Precision) >= new DateOnly(2015, 1, 1));
            Assert.All(e.Places, p => Assert.NotNull(p.Lat));
            Assert.NotEmpty(e.Forces);
            Assert.NotEmpty(e.Citations);
        });
        Assert.Contains(page.Items, e => e.Id >= generated.Result.FirstEventId);
    }

    [Fact]
    public async Task Api_FindsAGovernoratesEvents_ByIdAndByName()
    {
        await using var scope = generated.Api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChronologyDbContext>();
        var links = await db.Set<EventPlace>().Where(p => p.EventId >= generated.Result.FirstEventId)
            .Select(p => new { Id = p.EventId, p.Place!.Path }).ToListAsync();
        var governorates = await db.Places.AsNoTracking()
            .Where(p => p.SeedKey == null && (p.Kind == PlaceKind.Governorate || p.Kind == PlaceKind.Region)).ToListAsync();
        var busiest = governorates.MaxBy(g => links.Count(l => l.Path.StartsWith(g.Path, StringComparison.Ordinal)))!;
        var expected = links.Where(l => l.Path.StartsWith(busiest.Path, StringComparison.Ordinal)).Select(l => l.Id).Distinct().Order().ToList();

        var byId = await client.EventIdsAsync($"place={busiest.Id}");
        var byName = await client.EventIdsAsync($"place={Uri.EscapeDataString(busiest.Name.ToUpperInvariant())}");

        Assert.NotEmpty(expected);
        Assert.Equal(expected, byId.Order());
        Assert.Equal(byId, byName);
    }

    [Fact]
    public async Task Api_ServesAGeneratedEventById_AndFindsTheRareWordInAboutOneEventInAHundred()
    {
        var one = await client.GetJsonAsync<EventResponse>($"/api/v1/events/{generated.Result.LastEventId}");
        var withWord = await client.EventIdsAsync($"q={EventText.RareWord}");
        await using var scope = generated.Api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChronologyDbContext>();
        var expected = await db.Events.Where(e => e.SearchText.Contains(EventText.RareWord)).Select(e => e.Id).OrderBy(id => id).ToListAsync();

        Assert.Equal(1, one.Version);
        Assert.Equal(generated.Result.SourceId, Assert.Single(one.Citations).SourceId);
        Assert.Equal(expected, withWord.Order());
        Assert.InRange(withWord.Count, 5, 50);
    }

    [Fact]
    public async Task Generate_WithTheSameSeed_MakesTheSameEvents()
    {
        var options = new GeneratorOptions { Events = 300, Seed = 11, Now = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc) };
        var first = await GenerateAndReadAsync(options);
        var second = await GenerateAndReadAsync(options);

        Assert.Equal(300, first.Count);
        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("--events 1_000 --seed 5 --provider postgres --connection Host=db", 1000, 5, "Postgres", "Host=db")]
    [InlineData("--events 250", 250, 42, null, null)]
    public void CommandLine_ParsesOptionsAndConfigurationOverrides(string args, int events, int seed, string? provider, string? connection)
    {
        var parsed = CommandLine.Parse(args.Split(' '));

        Assert.Null(parsed.Error);
        Assert.Equal(events, parsed.Options.Events);
        Assert.Equal(seed, parsed.Options.Seed);
        Assert.Equal(provider, parsed.Settings.GetValueOrDefault("Database:Provider"));
        Assert.Equal(connection, parsed.Settings.GetValueOrDefault("ConnectionStrings:Chronology"));
    }

    [Theory]
    [InlineData("--events")]
    [InlineData("--events -3")]
    [InlineData("--provider Oracle")]
    [InlineData("--colour blue")]
    public void CommandLine_RejectsMissingOrInvalidValues(string args) =>
        Assert.NotNull(CommandLine.Parse(args.Split(' ')).Error);

    // Determinism does not depend on the provider: always on a throwaway SQLite file.
    private static async Task<List<string>> GenerateAndReadAsync(GeneratorOptions options)
    {
        var folder = Path.Combine(Path.GetTempPath(), "chronology-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Sqlite",
                ["ConnectionStrings:Chronology"] = $"Data Source={Path.Combine(folder, "generated.db")};Pooling=False",
            }).Build();
            await new SyntheticDataGenerator(configuration).GenerateAsync(options, null, CancellationToken.None);
            var services = new ServiceCollection();
            services.AddChronologyDbContext(configuration);
            await using var provider = services.BuildServiceProvider();
            await using var scope = provider.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ChronologyDbContext>();
            var events = await db.Events.AsNoTracking().OrderBy(e => e.Id)
                .Select(e => new { e.Id, e.Title, e.Start, e.End, e.SearchText, e.CreatedAt, Places = e.Places.OrderBy(p => p.PlaceId).Select(p => p.PlaceId).ToList() })
                .ToListAsync();
            return events.Select(e => $"{e.Id}|{e.Title}|{e.Start}|{e.End}|{e.SearchText}|{e.CreatedAt.Ticks}|{string.Join(',', e.Places)}").ToList();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
