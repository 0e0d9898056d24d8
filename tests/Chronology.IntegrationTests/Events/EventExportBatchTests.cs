using System.Text.Json.Nodes;
using Chronology.Application.Events;
using Chronology.IntegrationTests.Generator;
using Chronology.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Chronology.IntegrationTests.Events;

/// <summary>
/// Exports and statistics over a generated chronology of a few thousand events: the export reads 1,000 at a
/// time, so these cross batch boundaries, and must still match a walk of the JSON list event for event.
/// </summary>
public sealed class EventExportBatchTests(GeneratedDatabase generated) : IClassFixture<GeneratedDatabase>
{
    private readonly HttpClient client = generated.Api.CreateClient();

    [Theory]
    [InlineData("")]
    [InlineData("sort=-date")]
    [InlineData("sort=updated")]
    [InlineData("from=2015-06&to=2017-02")]
    public async Task Ndjson_AcrossBatches_HasEveryListedEventOnceInListOrder(string query)
    {
        var expected = await client.EventIdsAsync(query);

        var answer = await client.ExportAsync($"/api/v1/events?format=ndjson&{query}");

        var ids = answer.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!["id"]!.GetValue<int>()).ToList();
        Assert.True(expected.Count > 1_000 || query.Contains("from", StringComparison.Ordinal), $"Only {expected.Count} events: no batch boundary crossed.");
        Assert.Equal(expected, ids);
    }

    [Fact]
    public async Task Csv_WithALimitPastOneBatch_StopsAtTheLimit()
    {
        var expected = (await client.EventIdsAsync("")).Take(1_500);

        var answer = await client.ExportAsync("/api/v1/events?format=csv&limit=1500");

        var ids = answer.Body.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(line => int.Parse(line[..line.IndexOf(',', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected, ids);
    }

    [Fact]
    public async Task Export_LeftAfterTheFirstEvents_StopsItsReadBeforeTheRequestEnds()
    {
        await using var scope = generated.Api.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<EventService>();
        var expected = await client.EventIdsAsync("");

        // Several times over: the read runs batches ahead on its own task, and had it outlived the enumeration,
        // the next use of the request's context would meet it ("a second operation was started on this context").
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var first = new List<int>();
            await foreach (var e in await service.ExportAsync(new EventListRequest(), CancellationToken.None))
            {
                first.Add(e.Id);
                if (first.Count == 10)
                {
                    break; // what the export result does when the client goes away
                }
            }

            Assert.Equal(expected.Take(10), first);
        }

        var again = new List<int>();
        await foreach (var e in await service.ExportAsync(new EventListRequest(), CancellationToken.None))
        {
            again.Add(e.Id);
        }

        Assert.Equal(expected, again);
    }

    [Fact]
    public async Task EventById_AnswersExactlyAsTheListShowsIt()
    {
        // The single read is its own statement (one UNION of the event and its links); the list reads in batches.
        // Every 7th event of a generated chronology: links of every kind and count, missing coordinates, spans.
        var page = await client.GetJsonAsync<JsonObject>("/api/v1/events?limit=500");
        var listed = page["items"]!.AsArray().Where((_, i) => i % 7 == 0).ToList();

        foreach (var item in listed)
        {
            var single = await client.GetJsonAsync<JsonObject>($"/api/v1/events/{item!["id"]}");
            Assert.Equal(item.ToJsonString(), single.ToJsonString());
        }

        Assert.True(listed.Count >= 70);
        Assert.Contains(listed, e => e!["places"]!.AsArray().Count > 1 || e["forces"]!.AsArray().Count > 1);
    }

    [Fact]
    public async Task StatsByYearAndCountry_AddUpToTheListedEvents()
    {
        var events = await client.EventsAsync("");

        var years = await client.GetJsonAsync<EventStatsResponse>("/api/v1/events/stats?groupBy=year");
        var countries = await client.GetJsonAsync<EventStatsResponse>("/api/v1/events/stats?groupBy=country");

        Assert.Equal(events.GroupBy(e => $"{e.Start.Year}").OrderBy(g => g.Key).Select(g => (g.Key, g.Count())), years.Items.Select(i => (i.Key, i.Events)));
        Assert.Equal(events.Sum(e => (long)(e.Fatalities ?? 0)), years.Items.Sum(i => i.Fatalities));
        Assert.True(countries.Items.Count > 1);
        var first = countries.Items[0];
        Assert.Equal((await client.EventIdsAsync($"place={first.Key}")).Count, first.Events);
    }
}
