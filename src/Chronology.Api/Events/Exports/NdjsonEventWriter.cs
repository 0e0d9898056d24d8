using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using Chronology.Application.Events;

namespace Chronology.Api.Events.Exports;

/// <summary>Newline-delimited JSON: each event exactly as <c>GET /api/v1/events</c> lists it, one object a line.</summary>
public sealed class NdjsonEventWriter : IEventExportWriter
{
    public async Task WriteAsync(IAsyncEnumerable<EventResponse> events, PipeWriter output, EventExportContext context, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(output, EventExportFormat.JsonWriterOptions);
        var count = 0;
        await foreach (var e in events.WithCancellation(cancellationToken))
        {
            EventJsonWriter.Write(json, e);
            json.Flush();
            output.Write("\n"u8);
            json.Reset(output);
            if (++count % EventExportFormat.FlushEvery == 0)
            {
                await output.FlushAsync(cancellationToken);
            }
        }
    }
}
