using System.Globalization;
using System.IO.Pipelines;
using System.Text;
using Chronology.Application.Events;
using Chronology.Application.Text;

namespace Chronology.Api.Events.Exports;

/// <summary>
/// An RFC 5545 calendar with one all-day VEVENT per event. DTEND is exclusive: the day after the event's last
/// day (its end date, or the end of its month or year for month and year precision). Lines end in CRLF and
/// are folded at 75 octets; text values are escaped.
/// </summary>
public sealed class ICalendarEventWriter : IEventExportWriter
{
    public const string ProductId = "-//Chronology//Chronology API//EN";

    private const int MaxLineOctets = 75;

    public async Task WriteAsync(IAsyncEnumerable<EventResponse> events, PipeWriter output, EventExportContext context, CancellationToken cancellationToken)
    {
        var text = new ExportText(output);
        var ics = text.Text;
        Line(ics, "BEGIN:VCALENDAR");
        Line(ics, "VERSION:2.0");
        Line(ics, $"PRODID:{ProductId}");
        Line(ics, "CALSCALE:GREGORIAN");
        Line(ics, "METHOD:PUBLISH");
        Line(ics, "X-WR-CALNAME:Chronology");
        await foreach (var e in events.WithCancellation(cancellationToken))
        {
            WriteEvent(ics, e, context);
            await text.EventWrittenAsync(cancellationToken);
        }

        Line(ics, "END:VCALENDAR");
        await text.FlushAsync(cancellationToken);
    }

    private static void WriteEvent(StringBuilder ics, EventResponse e, EventExportContext context)
    {
        var lastDay = EventDates.EffectiveEnd(e.Start, e.End, e.Precision);
        Line(ics, "BEGIN:VEVENT");
        Line(ics, $"UID:event-{e.Id}@chronology");
        Line(ics, $"DTSTAMP:{Timestamp(e.UpdatedAt)}");
        Line(ics, $"LAST-MODIFIED:{Timestamp(e.UpdatedAt)}");
        Line(ics, $"CREATED:{Timestamp(e.CreatedAt)}");
        Line(ics, $"DTSTART;VALUE=DATE:{Day(e.Start)}");
        Line(ics, $"DTEND;VALUE=DATE:{Day(lastDay.AddDays(1))}");
        Line(ics, $"SUMMARY:{Escape(e.Title)}");
        Line(ics, $"DESCRIPTION:{Escape(Description(e))}");
        if (e.Places.Count > 0)
        {
            Line(ics, $"LOCATION:{Escape(string.Join("; ", e.Places.Select(p => p.Name)))}");
        }

        if (e.Places.FirstOrDefault(p => p is { Lat: not null, Lon: not null }) is { } located)
        {
            Line(ics, FormattableString.Invariant($"GEO:{located.Lat!.Value:0.######};{located.Lon!.Value:0.######}"));
        }

        Line(ics, $"CATEGORIES:{Escape(EnumText.Name(e.Type))}");
        Line(ics, $"URL:{context.EventsUrl}/{e.Id}");
        Line(ics, "END:VEVENT");
    }

    private static string Description(EventResponse e)
    {
        var description = new StringBuilder(e.Summary);
        foreach (var citation in e.Citations)
        {
            description.Append("\n\n\u201C").Append(citation.Quote).Append("\u201D (source ").Append(citation.SourceId).Append(')');
        }

        if (e.DateText is { Length: > 0 } dateText)
        {
            description.Append("\n\nDate as the source writes it: ").Append(dateText);
        }

        return description.ToString();
    }

    private static string Day(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static string Timestamp(DateTime utc) => utc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>RFC 5545 §3.3.11 TEXT: backslash, semicolon, comma and line breaks escaped.</summary>
    public static string Escape(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\n", StringComparison.Ordinal);

    /// <summary>Appends a content line, folded (RFC 5545 §3.1) so that no line exceeds 75 octets of UTF-8, never inside a character.</summary>
    public static void Line(StringBuilder ics, string line)
    {
        var octets = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var length = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, length));
            if (octets + size > MaxLineOctets)
            {
                ics.Append("\r\n ");
                octets = 1;
            }

            ics.Append(line, i, length);
            octets += size;
            i += length - 1;
        }

        ics.Append("\r\n");
    }
}
