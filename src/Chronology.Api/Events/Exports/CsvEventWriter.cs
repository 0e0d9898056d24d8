using System.Globalization;
using System.IO.Pipelines;
using Chronology.Application.Events;
using Chronology.Application.Text;
using CsvHelper;

namespace Chronology.Api.Events.Exports;

/// <summary>
/// RFC 4180 CSV, one row per event, with a header row and CRLF line ends. Lists within a cell are joined with
/// "; " (places, forces, source ids) or a line break (quotes). A cell that a spreadsheet would run as a formula
/// (starting with =, +, -, @) is prefixed with an apostrophe.
/// </summary>
public sealed class CsvEventWriter : IEventExportWriter
{
    /// <summary>The columns, in order.</summary>
    public static readonly string[] Columns =
    [
        "id", "start", "end", "precision", "approximate", "dateText", "type", "title", "summary", "fatalities",
        "places", "placeIds", "forces", "quotes", "sourceIds", "updatedAt",
    ];

    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        NewLine = "\r\n",
        Injection = CsvInjection.Escape,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    public async Task WriteAsync(IAsyncEnumerable<EventResponse> events, PipeWriter output, EventExportContext context, CancellationToken cancellationToken)
    {
        await using var csv = CsvWriter.Create(output.AsStream(leaveOpen: true), Options, leaveOpen: false);
        csv.WriteHeader(Columns);
        var count = 0;
        await foreach (var e in events.WithCancellation(cancellationToken))
        {
            foreach (var field in Row(e))
            {
                csv.WriteField(field);
            }

            await csv.EndRecordAsync(cancellationToken);
            if (++count % EventExportFormat.FlushEvery == 0)
            {
                await csv.FlushAsync(cancellationToken);
            }
        }

        await csv.FlushAsync(cancellationToken);
    }

    private static IEnumerable<string?> Row(EventResponse e) =>
    [
        e.Id.ToString(CultureInfo.InvariantCulture),
        Date(e.Start),
        e.End is { } end ? Date(end) : null,
        EnumText.Name(e.Precision),
        e.Approximate ? "true" : "false",
        e.DateText,
        EnumText.Name(e.Type),
        e.Title,
        e.Summary,
        e.Fatalities?.ToString(CultureInfo.InvariantCulture),
        string.Join("; ", e.Places.Select(p => p.Name)),
        string.Join("; ", e.Places.Select(p => p.Id.ToString(CultureInfo.InvariantCulture))),
        string.Join("; ", e.Forces.Select(f => $"{f.Abbreviation ?? f.Name} ({EnumText.Name(f.Role)})")),
        string.Join("\n", e.Citations.Select(c => c.Quote)),
        string.Join("; ", e.Citations.Select(c => c.SourceId.ToString(CultureInfo.InvariantCulture))),
        DateTime.SpecifyKind(e.UpdatedAt, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture),
    ];

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
