using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Chronology.Api.Events;
using Chronology.Api.Events.Exports;
using Chronology.Application.Events;
using Chronology.Application.Json;
using Chronology.IntegrationTests.Infrastructure;
using CsvHelper;

namespace Chronology.IntegrationTests.Events;

/// <summary>
/// The exports of <c>GET /api/v1/events</c> read back with independent readers (CsvHelper, System.Text.Json) and
/// compared with the events the JSON list returns for the same filters.
/// </summary>
public sealed class EventExportTests(ChronologyApiFactory factory) : IClassFixture<ChronologyApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [InlineData("format=csv", null, "text/csv", "chronology-events.csv")]
    [InlineData("format=geojson", null, "application/geo+json", "chronology-events.geojson")]
    [InlineData("format=ics", null, "text/calendar", "chronology-events.ics")]
    [InlineData("format=ndjson", null, "application/x-ndjson", "chronology-events.ndjson")]
    [InlineData("format=timelinejs", null, "application/json", "chronology-events.timeline.json")]
    [InlineData("", "text/csv", "text/csv", "chronology-events.csv")]
    [InlineData("", "application/geo+json", "application/geo+json", "chronology-events.geojson")]
    [InlineData("", "text/calendar", "text/calendar", "chronology-events.ics")]
    [InlineData("", "application/x-ndjson", "application/x-ndjson", "chronology-events.ndjson")]
    [InlineData("", "image/png;q=0.9, application/x-ndjson", "application/x-ndjson", "chronology-events.ndjson")]
    [InlineData("format=csv", "application/json", "text/csv", "chronology-events.csv")]
    public async Task Export_ByFormatOrAccept_AnswersTheFormatAsAnAttachment(string query, string? accept, string mediaType, string fileName)
    {
        var answer = await client.ExportAsync($"/api/v1/events?{query}", accept);

        Assert.Equal(200, answer.Status);
        Assert.Equal(mediaType, answer.MediaType);
        Assert.Equal(fileName, answer.FileName);
        Assert.Equal("Accept", answer.Vary);
        Assert.NotEmpty(answer.Body);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("*/*")]
    [InlineData("application/json")]
    [InlineData("text/html,application/xhtml+xml,*/*;q=0.8")]
    public async Task List_WithoutAnExportAsked_IsTheJsonPage(string? accept)
    {
        var answer = await client.ExportAsync("/api/v1/events?limit=2", accept);

        Assert.Equal(200, answer.Status);
        Assert.Equal("application/json", answer.MediaType);
        Assert.Null(answer.FileName);
        var page = JsonNode.Parse(answer.Body)!.AsObject();
        Assert.Equal(2, page["items"]!.AsArray().Count);
        Assert.NotNull(page["nextCursor"]);
    }

    [Fact]
    public async Task Csv_HasTheDocumentedColumns_AndOneRowPerListedEvent()
    {
        var expected = await client.EventsAsync("");

        var answer = await client.ExportAsync("/api/v1/events?format=csv");

        Assert.Contains("header=present", answer.ContentType);
        Assert.StartsWith("id,start,end,precision,approximate,dateText,type,title,summary,fatalities,places,placeIds,forces,quotes,sourceIds,updatedAt\r\n", answer.Body);
        var rows = ReadCsv(answer.Body);
        Assert.Equal(expected.Select(e => e.Id), rows.Select(r => int.Parse(r["id"], CultureInfo.InvariantCulture)));
        Assert.All(expected.Zip(rows), pair =>
        {
            var (e, row) = pair;
            Assert.Equal(e.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), row["start"]);
            Assert.Equal(e.End?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", row["end"]);
            Assert.Equal(JsonName(e.Precision), row["precision"]);
            Assert.Equal(e.Approximate ? "true" : "false", row["approximate"]);
            Assert.Equal(e.DateText ?? "", row["dateText"]);
            Assert.Equal(JsonName(e.Type), row["type"]);
            Assert.Equal(e.Title, row["title"]);
            Assert.Equal(e.Summary, row["summary"]);
            Assert.Equal(e.Fatalities?.ToString(CultureInfo.InvariantCulture) ?? "", row["fatalities"]);
            Assert.Equal(string.Join("; ", e.Places.Select(p => p.Name)), row["places"]);
            Assert.Equal(string.Join("; ", e.Places.Select(p => p.Id)), row["placeIds"]);
            Assert.Equal(string.Join("; ", e.Forces.Select(f => $"{f.Abbreviation ?? f.Name} ({JsonName(f.Role)})")), row["forces"]);
            Assert.Equal(e.Citations.Select(c => c.Quote), row["quotes"].Split('\n'));
            Assert.Equal(string.Join("; ", e.Citations.Select(c => c.SourceId)), row["sourceIds"]);
            Assert.Equal(e.UpdatedAt, DateTime.Parse(row["updatedAt"], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal));
        });
    }

    [Fact]
    public async Task Csv_WithForceAsInitiator_ShowsRolesInTheForcesColumn()
    {
        var rows = ReadCsv((await client.ExportAsync("/api/v1/events?format=csv&place=sinjar")).Body);

        var row = Assert.Single(rows);
        Assert.Equal("Şengal liberated from IS", row["title"]);
        Assert.Equal("Şengal", row["places"]);
        Assert.Equal("YBŞ (initiator); HPG (supporter); IS (target)", row["forces"]);
    }

    [Theory]
    [InlineData("place=sinjar")]
    [InlineData("place=al-Jazeera%20region&from=2015-02&to=2015-02")]
    [InlineData("force=Daesh&type=massacre,execution")]
    [InlineData("q=kobani&sort=-date")]
    [InlineData("bbox=38,35.5,42,37.5&minFatalities=1")]
    [InlineData("from=2017-01&to=2017-01")]
    public async Task Csv_AppliesTheListsFilters(string query)
    {
        var expected = await client.EventIdsAsync(query);

        var rows = ReadCsv((await client.ExportAsync($"/api/v1/events?format=csv&{query}")).Body);

        Assert.Equal(expected, rows.Select(r => int.Parse(r["id"], CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task EventJsonWriter_WritesEachEventByteForByteAsTheSerializer()
    {
        // The hand-written writer (every event the API writes, through EventResponseJsonConverter) against the
        // reflection-driven serializer's contract, with the escaping of the API's answers and exports (relaxed)
        // and with the serializer's default (every non-ASCII character escaped): the writer follows the writer's encoder.
        var events = await client.EventsAsync("limit=500");

        foreach (var encoder in new[] { EventExportFormat.JsonWriterOptions.Encoder, null })
        {
            var contract = new JsonSerializerOptions(ApiJson.Options) { Encoder = encoder };
            var withConverter = new JsonSerializerOptions(contract);
            withConverter.Converters.Add(new EventResponseJsonConverter());
            foreach (var e in events)
            {
                var buffer = new System.Buffers.ArrayBufferWriter<byte>();
                using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = encoder }))
                {
                    EventJsonWriter.Write(json, e);
                }

                var expected = JsonSerializer.Serialize(e, contract);
                Assert.Equal(expected, Encoding.UTF8.GetString(buffer.WrittenSpan));
                Assert.Equal(expected, JsonSerializer.Serialize(e, withConverter));
                Assert.Equal(expected, JsonSerializer.Serialize(JsonSerializer.Deserialize<EventResponse>(expected, withConverter), contract));
            }
        }

        // Every member both null and given somewhere in the seed.
        Assert.Contains(events, e => e.End is not null);
        Assert.Contains(events, e => e.Fatalities is not null);
        Assert.Contains(events, e => e.ParentId is not null);
        Assert.Contains(events, e => e.Notes is null && e.DateText is not null);
        Assert.Contains(events, e => e.Forces.Any(f => f.Abbreviation is null) && e.Forces.Any(f => f.Abbreviation is not null));
    }

    [Fact]
    public async Task Ndjson_IsEachListItemAsItIsListed_OneALine()
    {
        var expected = await client.ListItemsAsync("sort=-date");

        var answer = await client.ExportAsync("/api/v1/events?format=ndjson&sort=-date");

        var lines = answer.Body.Split('\n');
        Assert.Equal("", lines[^1]);
        Assert.Equal(expected.Count, lines.Length - 1);
        Assert.All(expected.Zip(lines), pair => Assert.True(
            JsonNode.DeepEquals(pair.First, JsonNode.Parse(pair.Second)), $"Line differs from the list item:\n{pair.Second}\n{pair.First.ToJsonString()}"));
    }

    [Theory]
    [InlineData("format=ndjson&limit=5", 5)]
    [InlineData("format=ndjson&limit=1&place=Syria", 1)]
    [InlineData("format=ndjson&limit=1000", -1)]
    public async Task Export_WithLimit_StopsAfterThatManyEventsInListOrder(string query, int count)
    {
        var all = await client.EventIdsAsync(query.Contains("place=", StringComparison.Ordinal) ? "place=Syria" : "");
        var expected = count < 0 ? all : all.Take(count).ToList();

        var answer = await client.ExportAsync($"/api/v1/events?{query}");

        var ids = answer.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!["id"]!.GetValue<int>());
        Assert.Equal(expected, ids);
    }

    [Fact]
    public async Task GeoJson_IsAFeatureCollection_WithPointsMultiPointsAndNullGeometryInLonLatOrder()
    {
        var expected = await client.ListItemsAsync("");

        var answer = await client.ExportAsync("/api/v1/events?format=geojson");

        var collection = JsonNode.Parse(answer.Body)!.AsObject();
        Assert.Equal("FeatureCollection", collection["type"]!.GetValue<string>());
        var features = collection["features"]!.AsArray();
        Assert.Equal(expected.Count, features.Count);
        var kinds = new HashSet<string>();
        foreach (var (item, feature) in expected.Zip(features.Select(f => f!.AsObject())))
        {
            Assert.Equal("Feature", feature["type"]!.GetValue<string>());
            Assert.Equal(item["id"]!.GetValue<int>(), feature["id"]!.GetValue<int>());
            Assert.True(JsonNode.DeepEquals(item, feature["properties"]), "The properties are not the list item.");
            var located = item["places"]!.AsArray().Where(p => p!["lat"] is not null && p["lon"] is not null)
                .Select(p => new[] { p!["lon"]!.GetValue<double>(), p["lat"]!.GetValue<double>() }).ToList();
            var geometry = feature["geometry"];
            switch (located.Count)
            {
                case 0:
                    Assert.Null(geometry);
                    kinds.Add("null");
                    break;
                case 1:
                    Assert.Equal("Point", geometry!["type"]!.GetValue<string>());
                    Assert.Equal(located[0], geometry["coordinates"]!.AsArray().Select(c => c!.GetValue<double>()));
                    kinds.Add("Point");
                    break;
                default:
                    Assert.Equal("MultiPoint", geometry!["type"]!.GetValue<string>());
                    Assert.Equal(located, geometry["coordinates"]!.AsArray().Select(p => p!.AsArray().Select(c => c!.GetValue<double>()).ToArray()));
                    kinds.Add("MultiPoint");
                    break;
            }
        }

        // The seed has all three: one place (most), two villages (al-Sheioukh), a border without coordinates.
        Assert.Equal(["MultiPoint", "Point", "null"], kinds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task GeoJson_OfSengal_IsOnePointAtLongitudeThenLatitude()
    {
        var sengal = await client.PlaceAsync("Şengal");

        var answer = await client.ExportAsync("/api/v1/events?format=geojson&place=sengal");

        var feature = Assert.Single(JsonNode.Parse(answer.Body)!["features"]!.AsArray())!;
        Assert.Equal("Point", feature["geometry"]!["type"]!.GetValue<string>());
        Assert.Equal([sengal.Lon!.Value, sengal.Lat!.Value], feature["geometry"]!["coordinates"]!.AsArray().Select(c => c!.GetValue<double>()));
    }

    [Fact]
    public async Task TimelineJs_HasOneSlidePerEvent_WithOnlyTheDatePartsItsPrecisionSupports()
    {
        var expected = await client.EventsAsync("");

        var answer = await client.ExportAsync("/api/v1/events?format=timelinejs");

        var timeline = JsonNode.Parse(answer.Body)!.AsObject();
        Assert.False(string.IsNullOrEmpty(timeline["title"]!["text"]!["headline"]!.GetValue<string>()));
        var slides = timeline["events"]!.AsArray().Select(s => s!.AsObject()).ToList();
        Assert.Equal(expected.Select(e => $"event-{e.Id}"), slides.Select(s => s["unique_id"]!.GetValue<string>()));
        Assert.All(expected.Zip(slides), pair =>
        {
            var (e, slide) = pair;
            Assert.Equal(DateParts(e.Start, e.Precision), DateParts(slide["start_date"]!.AsObject()));
            if (e.End is { } end)
            {
                Assert.Equal(DateParts(end, e.Precision), DateParts(slide["end_date"]!.AsObject()));
            }
            else
            {
                Assert.False(slide.ContainsKey("end_date"));
            }

            Assert.Equal(e.Title, slide["text"]!["headline"]!.GetValue<string>());
            Assert.Contains(WebUtility.HtmlEncode(e.Summary), slide["text"]!["text"]!.GetValue<string>());
            Assert.Equal(JsonName(e.Type), slide["group"]!.GetValue<string>());
        });
        Assert.Contains(expected, e => e.Precision == DatePrecision.Month);
        Assert.Contains(expected, e => e.Precision == DatePrecision.Year);
    }

    [Fact]
    public async Task TimelineJs_OfAMonthPrecisionEvent_HasYearAndMonthButNoDay()
    {
        var answer = await client.ExportAsync("/api/v1/events?format=timelinejs&q=palmyra&type=capture&from=2015-05&to=2015-05");

        var slide = Assert.Single(JsonNode.Parse(answer.Body)!["events"]!.AsArray())!;
        Assert.Equal("""{"year":2015,"month":5}""", slide["start_date"]!.ToJsonString());
    }

    [Theory]
    [InlineData("format=xml")]
    [InlineData("format=pdf&place=sinjar")]
    public async Task Export_WithAnUnknownFormat_Returns400NamingTheFormats(string query)
    {
        using var response = await client.GetAsync($"/api/v1/events?{query}");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        var message = Assert.Single(problem.ErrorsFor("format"));
        Assert.Contains("csv, geojson, ics, ndjson, timelinejs", message);
    }

    [Theory]
    [InlineData("image/png")]
    [InlineData("application/xml, text/plain")]
    [InlineData("application/json;q=0, text/csv;q=0")]
    public async Task List_WithAnAcceptItCannotProduce_Returns406Problem(string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/events");
        request.Headers.TryAddWithoutValidation("Accept", accept);

        using var response = await client.SendAsync(request);

        var problem = await response.AssertProblemAsync(HttpStatusCode.NotAcceptable);
        Assert.Contains("text/csv", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Export_WithABadFilterAndAnExportAccept_StillAnswersAProblem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/events?place=Tel");
        request.Headers.TryAddWithoutValidation("Accept", "text/csv");

        using var response = await client.SendAsync(request);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor("place"));
    }

    [Theory]
    [InlineData("format=csv&limit=0")]
    [InlineData("format=csv&limit=-3")]
    public async Task Export_WithALimitBelowOne_Returns400(string query)
    {
        using var response = await client.GetAsync($"/api/v1/events?{query}");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor("limit"));
    }

    private static List<Dictionary<string, string>> ReadCsv(string body)
    {
        using var csv = CsvReader.Create(Encoding.UTF8.GetBytes(body), CsvReaderOptions.Default with { Separator = ',' });
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(csv.Headers.ToArray().Select((name, i) => (name, i)).ToDictionary(c => c.name, c => csv.GetString(c.i) ?? ""));
        }

        return rows;
    }

    private static string JsonName<T>(T value) where T : struct, Enum => JsonSerializer.Serialize(value, HttpJson.Options).Trim('"');

    private static string DateParts(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => $"{date.Year}",
        DatePrecision.Month => $"{date.Year}-{date.Month}",
        _ => $"{date.Year}-{date.Month}-{date.Day}",
    };

    private static string DateParts(JsonObject date) =>
        string.Join("-", new[] { "year", "month", "day" }.Where(date.ContainsKey).Select(part => date[part]!.GetValue<int>()));
}
