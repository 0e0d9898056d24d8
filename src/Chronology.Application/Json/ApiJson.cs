using System.Text.Json;
using System.Text.Json.Serialization;

namespace Chronology.Application.Json;

/// <summary>The one JSON shape of the chronology: camelCase members, enums as camelCase names, no numbers for enums.</summary>
public static class ApiJson
{
    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions json)
    {
        json.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        json.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        return json;
    }
}
