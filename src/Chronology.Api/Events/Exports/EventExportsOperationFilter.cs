using System.Text.Json.Nodes;
using Chronology.Application.Events;
using Chronology.Application.Text;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Chronology.Api.Events.Exports;

/// <summary>
/// Describes the exports in the OpenAPI document: the media types the event list also answers in (with a short
/// example each), and the values of <c>format</c> and <c>groupBy</c> as enums, so Swagger UI offers them in a list.
/// </summary>
public sealed class EventExportsOperationFilter : IOperationFilter
{
    private static readonly Dictionary<string, (JsonSchemaType Type, string Example)> Examples = new()
    {
        ["text/csv"] = (JsonSchemaType.String,
            "id,start,end,precision,approximate,dateText,type,title,summary,fatalities,places,placeIds,forces,quotes,sourceIds,updatedAt\r\n"
            + "22,2015-11-13,,day,false,\"On November 13, 2015\",liberation,Şengal liberated from IS,\"According to the article, …\",,Şengal,42,"
            + "YBŞ (initiator); HPG (supporter); IS (target),\"On November 13, 2015, Şengal Resistance Units … liberated the city of Şengal.\",1,2026-12-01T20:25:09.171851Z\r\n"),
        ["application/geo+json"] = (JsonSchemaType.Object,
            """{"type":"FeatureCollection","features":[{"type":"Feature","id":22,"geometry":{"type":"Point","coordinates":[41.8767,36.3209]},"properties":{"id":22,"title":"Şengal liberated from IS","start":"2015-11-13"}}]}"""),
        ["text/calendar"] = (JsonSchemaType.String,
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Chronology//Chronology API//EN\r\nBEGIN:VEVENT\r\nUID:event-22@chronology\r\n"
            + "DTSTAMP:20261201T202509Z\r\nDTSTART;VALUE=DATE:20151113\r\nDTEND;VALUE=DATE:20151114\r\nSUMMARY:Şengal liberated from IS\r\n"
            + "LOCATION:Şengal\r\nGEO:36.3209;41.8767\r\nURL:http://localhost:5000/api/v1/events/22\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"),
        ["application/x-ndjson"] = (JsonSchemaType.String,
            "{\"id\":22,\"title\":\"Şengal liberated from IS\",\"start\":\"2015-11-13\",…}\n{\"id\":23,…}\n"),
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            var values = parameter.Name switch
            {
                "format" => EventExportNegotiation.FormatNames,
                "groupBy" => EnumText.Names<EventStatsGroup>(),
                _ => null,
            };
            if (values is not null && parameter.Schema is OpenApiSchema schema)
            {
                schema.Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))];
            }
        }

        if (context.ApiDescription.ActionDescriptor is not ControllerActionDescriptor { ControllerName: "Events", ActionName: "List" }
            || operation.Responses?.TryGetValue("200", out var ok) != true || ok is not OpenApiResponse response)
        {
            return;
        }

        response.Content ??= new Dictionary<string, OpenApiMediaType>();
        foreach (var (mediaType, (type, example)) in Examples)
        {
            response.Content[mediaType] = new OpenApiMediaType
            {
                Schema = new OpenApiSchema { Type = type, Description = $"Every matching event as {mediaType} (see the operation's description)." },
                Example = type == JsonSchemaType.Object ? JsonNode.Parse(example) : JsonValue.Create(example),
            };
        }
    }
}
