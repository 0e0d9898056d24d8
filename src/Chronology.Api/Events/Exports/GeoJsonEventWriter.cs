using System.IO.Pipelines;
using System.Text.Json;
using Chronology.Application.Events;
using Chronology.Application.Json;

namespace Chronology.Api.Events.Exports;

/// <summary>
/// An RFC 7946 FeatureCollection: one Feature per event, its id the event's id, its geometry a Point (one place
/// with coordinates) or a MultiPoint (several) in [longitude, latitude] order, null when no place has
/// coordinates; its properties the event exactly as <c>GET /api/v1/events</c> lists it.
/// </summary>
public sealed class GeoJsonEventWriter : IEventExportWriter
{
    public async Task WriteAsync(IAsyncEnumerable<EventResponse> events, PipeWriter output, EventExportContext context, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(output, EventExportFormat.JsonWriterOptions);
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        var count = 0;
        await foreach (var e in events.WithCancellation(cancellationToken))
        {
            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WriteNumber("id", e.Id);
            json.WritePropertyName("geometry");
            WriteGeometry(json, e.Places);
            json.WritePropertyName("properties");
            JsonSerializer.Serialize(json, e, ApiJson.Options);
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

    private static void WriteGeometry(Utf8JsonWriter json, IReadOnlyList<EventPlaceResponse> places)
    {
        var points = places.Where(p => p is { Lat: not null, Lon: not null }).ToList();
        if (points.Count == 0)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        json.WriteString("type", points.Count == 1 ? "Point" : "MultiPoint");
        json.WritePropertyName("coordinates");
        if (points.Count == 1)
        {
            WritePosition(json, points[0]);
        }
        else
        {
            json.WriteStartArray();
            points.ForEach(p => WritePosition(json, p));
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WritePosition(Utf8JsonWriter json, EventPlaceResponse place)
    {
        json.WriteStartArray();
        json.WriteNumberValue(place.Lon!.Value);
        json.WriteNumberValue(place.Lat!.Value);
        json.WriteEndArray();
    }
}
