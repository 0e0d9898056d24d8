using System.IO.Pipelines;
using System.Net;
using System.Text.Json;
using Chronology.Application.Events;
using Chronology.Application.Text;

namespace Chronology.Api.Events.Exports;

/// <summary>
/// The JSON that TimelineJS 3 reads: <c>{ "title", "events": [ { "start_date", "end_date"?, "text", "group", "unique_id" } ] }</c>.
/// Dates carry only the parts the event's precision supports (a "2015" event has a year, a "May 2015" event a
/// year and a month); the text is HTML: the summary, then each quote.
/// </summary>
public sealed class TimelineJsEventWriter : IEventExportWriter
{
    public async Task WriteAsync(IAsyncEnumerable<EventResponse> events, PipeWriter output, EventExportContext context, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(output, EventExportFormat.JsonWriterOptions);
        json.WriteStartObject();
        json.WriteStartObject("title");
        json.WriteStartObject("text");
        json.WriteString("headline", "Chronology");
        json.WriteString("text", $"Events from {WebUtility.HtmlEncode(context.EventsUrl)}, each with the sources' own words.");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("events");
        var count = 0;
        await foreach (var e in events.WithCancellation(cancellationToken))
        {
            json.WriteStartObject();
            WriteDate(json, "start_date", e.Start, e.Precision);
            if (e.End is { } end)
            {
                WriteDate(json, "end_date", end, e.Precision);
            }

            json.WriteStartObject("text");
            json.WriteString("headline", e.Title);
            json.WriteString("text", Html(e));
            json.WriteEndObject();
            json.WriteString("group", EnumText.Name(e.Type));
            json.WriteString("unique_id", $"event-{e.Id}");
            json.WriteEndObject();
            if (++count % EventExportFormat.FlushEvery == 0)
            {
                json.Flush();
                await output.FlushAsync(cancellationToken);
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
    }

    private static void WriteDate(Utf8JsonWriter json, string name, DateOnly date, DatePrecision precision)
    {
        json.WriteStartObject(name);
        json.WriteNumber("year", date.Year);
        if (precision != DatePrecision.Year)
        {
            json.WriteNumber("month", date.Month);
        }

        if (precision == DatePrecision.Day)
        {
            json.WriteNumber("day", date.Day);
        }

        json.WriteEndObject();
    }

    private static string Html(EventResponse e) =>
        $"<p>{WebUtility.HtmlEncode(e.Summary)}</p>"
        + string.Concat(e.Citations.Select(c => $"<blockquote>{WebUtility.HtmlEncode(c.Quote)}</blockquote>"));
}
