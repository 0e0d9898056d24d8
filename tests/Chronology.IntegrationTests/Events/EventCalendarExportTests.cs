using System.Globalization;
using System.Text;
using Chronology.Application.Events;
using Chronology.IntegrationTests.Infrastructure;
using Calendar = Ical.Net.Calendar;

namespace Chronology.IntegrationTests.Events;

/// <summary>The iCalendar export read back with Ical.Net and compared with the JSON list.</summary>
public sealed class EventCalendarExportTests(ChronologyApiFactory factory) : IClassFixture<ChronologyApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Ics_HasOneAllDayEventPerListedEvent_WithAnExclusiveEndAndALinkBack()
    {
        var expected = await client.EventsAsync("");

        var answer = await client.ExportAsync("/api/v1/events?format=ics");

        var calendar = Calendar.Load(answer.Body)!;
        Assert.Equal("2.0", calendar.Version);
        Assert.False(string.IsNullOrEmpty(calendar.ProductId));
        var events = calendar.Events.ToList();
        Assert.Equal(expected.Select(e => $"event-{e.Id}@chronology"), events.Select(v => v.Uid));
        Assert.All(expected.Zip(events), pair =>
        {
            var (e, v) = pair;
            Assert.False(v.DtStart!.HasTime);
            Assert.False(v.DtEnd!.HasTime);
            Assert.Equal(e.Start, DateOnly.FromDateTime(v.DtStart.Value));
            Assert.Equal(LastDay(e).AddDays(1), DateOnly.FromDateTime(v.DtEnd.Value));
            Assert.Equal(e.Title, v.Summary);
            Assert.StartsWith(e.Summary, v.Description);
            Assert.All(e.Citations, c => Assert.Contains(c.Quote, v.Description));
            Assert.Equal(string.Join("; ", e.Places.Select(p => p.Name)), v.Location);
            Assert.Equal(new Uri($"http://localhost/api/v1/events/{e.Id}"), v.Url);
            Assert.Equal(e.UpdatedAt.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture), v.DtStamp!.Value.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture));
            var located = e.Places.FirstOrDefault(p => p is { Lat: not null, Lon: not null });
            if (located is null)
            {
                Assert.Null(v.GeographicLocation);
            }
            else
            {
                Assert.Equal(located.Lat!.Value, v.GeographicLocation!.Latitude, 6);
                Assert.Equal(located.Lon!.Value, v.GeographicLocation.Longitude, 6);
            }
        });
    }

    [Theory]
    [InlineData("IS occupies Palmyra", "20150501", "20150601")]
    [InlineData("IS siege of Kobanî", "20140915", "20150127")]
    [InlineData("IS makes al-Raqqa the capital of its self-declared state", "20140101", "20150101")]
    [InlineData("Tel Hamis liberated from IS", "20150227", "20150228")]
    public async Task Ics_CoversTheWholePeriodOfSpansMonthsAndYears(string title, string start, string endExclusive)
    {
        var e = await client.EventAsync(title);

        var answer = await client.ExportAsync("/api/v1/events?format=ics");

        var body = Unfold(answer.Body);
        var block = body[body.IndexOf($"UID:event-{e.Id}@chronology", StringComparison.Ordinal)..];
        block = block[..block.IndexOf("END:VEVENT", StringComparison.Ordinal)];
        Assert.Contains($"DTSTART;VALUE=DATE:{start}\r\n", block);
        Assert.Contains($"DTEND;VALUE=DATE:{endExclusive}\r\n", block);
    }

    [Fact]
    public async Task Ics_EndsLinesWithCrLf_FoldsThemAt75Octets_AndEscapesText()
    {
        var answer = await client.ExportAsync("/api/v1/events?format=ics");

        Assert.Equal("text/calendar", answer.MediaType);
        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:", answer.Body);
        Assert.EndsWith("END:VCALENDAR\r\n", answer.Body);
        Assert.DoesNotContain("\n", answer.Body.Replace("\r\n", "", StringComparison.Ordinal));
        var lines = answer.Body.Split("\r\n");
        Assert.All(lines, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"Longer than 75 octets: {line}"));
        Assert.Contains(lines, line => line.StartsWith(' '));

        // The seeded summaries have commas; in TEXT values they are escaped, and read back as written.
        var unfolded = Unfold(answer.Body).Split("\r\n");
        Assert.Contains(unfolded, line => line.StartsWith("DESCRIPTION:", StringComparison.Ordinal) && line.Contains("\\,", StringComparison.Ordinal));
        Assert.DoesNotContain(unfolded, line => line.StartsWith("SUMMARY:", StringComparison.Ordinal) && line.Replace("\\,", "", StringComparison.Ordinal).Contains(','));
    }

    [Fact]
    public async Task Ics_AppliesTheFilters()
    {
        var answer = await client.ExportAsync("/api/v1/events?format=ics&place=sengal");

        var only = Assert.Single(Calendar.Load(answer.Body)!.Events);
        Assert.Equal("Şengal liberated from IS", only.Summary);
        Assert.Equal("Şengal", only.Location);
    }

    private static DateOnly LastDay(EventResponse e) => e.End ?? e.Precision switch
    {
        DatePrecision.Year => new DateOnly(e.Start.Year, 12, 31),
        DatePrecision.Month => new DateOnly(e.Start.Year, e.Start.Month, 1).AddMonths(1).AddDays(-1),
        _ => e.Start,
    };

    private static string Unfold(string ics) => ics.Replace("\r\n ", "", StringComparison.Ordinal);
}
