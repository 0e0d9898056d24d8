using System.IO.Pipelines;
using System.Text.Encodings.Web;
using System.Text.Json;
using Chronology.Application.Events;

namespace Chronology.Api.Events.Exports;

/// <summary>Writes a stream of events to a response body in one format, flushing as it goes.</summary>
public interface IEventExportWriter
{
    Task WriteAsync(IAsyncEnumerable<EventResponse> events, PipeWriter output, EventExportContext context, CancellationToken cancellationToken);
}

/// <summary>What a writer needs to know about the request: the absolute address of the event collection, for links back.</summary>
/// <param name="EventsUrl">E.g. <c>http://localhost:5000/api/v1/events</c>; an event is at <c>{EventsUrl}/{id}</c>.</param>
public sealed record EventExportContext(string EventsUrl);

/// <summary>One export format: its <c>format</c> value, the media type it answers with and is asked for by, its file name.</summary>
/// <param name="Name">The value of the <c>format</c> parameter.</param>
/// <param name="MediaType">The media type an <c>Accept</c> header asks for it by, or null when only <c>format</c> selects it.</param>
/// <param name="ContentType">The Content-Type of the answer.</param>
/// <param name="FileName">The file name offered in Content-Disposition.</param>
/// <param name="Writer">Writes it.</param>
public sealed record EventExportFormat(string Name, string? MediaType, string ContentType, string FileName, IEventExportWriter Writer)
{
    /// <summary>How many events a writer buffers before it hands them to the response and flushes.</summary>
    public const int FlushEvery = 100;

    /// <summary>
    /// The JSON exports are files, not HTML: non-ASCII letters, quotes and angle brackets are written as they are
    /// ("Şengal", not "\u015Eengal"). The answers carry X-Content-Type-Options: nosniff.
    /// </summary>
    public static readonly JsonWriterOptions JsonWriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static readonly EventExportFormat Csv = new(
        "csv", "text/csv", "text/csv; charset=utf-8; header=present", "chronology-events.csv", new CsvEventWriter());

    public static readonly EventExportFormat GeoJson = new(
        "geojson", "application/geo+json", "application/geo+json", "chronology-events.geojson", new GeoJsonEventWriter());

    public static readonly EventExportFormat ICalendar = new(
        "ics", "text/calendar", "text/calendar; charset=utf-8", "chronology-events.ics", new ICalendarEventWriter());

    public static readonly EventExportFormat Ndjson = new(
        "ndjson", "application/x-ndjson", "application/x-ndjson", "chronology-events.ndjson", new NdjsonEventWriter());

    public static readonly EventExportFormat TimelineJs = new(
        "timelinejs", null, "application/json; charset=utf-8", "chronology-events.timeline.json", new TimelineJsEventWriter());

    public static readonly IReadOnlyList<EventExportFormat> All = [Csv, GeoJson, ICalendar, Ndjson, TimelineJs];
}
