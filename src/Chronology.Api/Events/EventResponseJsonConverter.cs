using System.Text.Json;
using System.Text.Json.Serialization;
using Chronology.Application.Events;
using Chronology.Application.Json;

namespace Chronology.Api.Events;

/// <summary>
/// The API's JSON for an event, wherever one is written (a page, a single event, an NDJSON line): the hand-written
/// <see cref="EventJsonWriter"/>, which writes the same bytes as the serializer's own contract for
/// <see cref="EventResponse"/>. Reading an event (tests and clients that share these options) uses that contract.
/// </summary>
public sealed class EventResponseJsonConverter : JsonConverter<EventResponse>
{
    // The contract without this converter; the serializer would otherwise call back into Read.
    private static readonly JsonSerializerOptions Contract = new(ApiJson.Options);

    public override EventResponse? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize<EventResponse>(ref reader, Contract);

    public override void Write(Utf8JsonWriter writer, EventResponse value, JsonSerializerOptions options) =>
        EventJsonWriter.Write(writer, value);
}
