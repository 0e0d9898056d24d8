using System.Text.Json;

namespace Chronology.IntegrationTests.Fuzz;

/// <summary>A schema from the OpenAPI document with every <c>$ref</c> resolved.</summary>
public sealed record ApiSchema(
    string? Type,
    string? Format,
    IReadOnlyDictionary<string, ApiSchema> Properties,
    ApiSchema? Items,
    JsonElement? Example,
    string? Description)
{
    public static readonly ApiSchema Unknown = new(null, null, new Dictionary<string, ApiSchema>(), null, null, null);

    /// <summary>The first value a description lists ("initiator, target, supporter or participant." → initiator), if it lists any.</summary>
    public string? FirstListedValue =>
        Description is { } text && System.Text.RegularExpressions.Regex.Match(text, @"^([A-Za-z]+)(, [A-Za-z]+)+,? or [A-Za-z]+\.$") is { Success: true } match
            ? match.Groups[1].Value
            : null;
}

/// <summary>A path or query parameter of an operation.</summary>
public sealed record ApiParameter(string Name, string In, ApiSchema Schema);

/// <summary>One method on one path, as the document describes it.</summary>
public sealed record ApiOperation(
    string Method,
    string PathTemplate,
    IReadOnlyList<ApiParameter> Parameters,
    ApiSchema? Body,
    IReadOnlyList<string> BodyMediaTypes,
    bool NeedsKey)
{
    public IEnumerable<ApiParameter> Query => Parameters.Where(p => p.In == "query");

    public IEnumerable<ApiParameter> PathParameters => Parameters.Where(p => p.In == "path");

    public override string ToString() => $"{Method} {PathTemplate}";
}

/// <summary>Reads the service's own OpenAPI document into the operations the fuzzer targets.</summary>
public static class OpenApiOperations
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

    public static IReadOnlyList<ApiOperation> Parse(JsonElement document)
    {
        var components = document.TryGetProperty("components", out var c) && c.TryGetProperty("schemas", out var s)
            ? s
            : default;
        var operations = new List<ApiOperation>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var method in path.Value.EnumerateObject().Where(m => Methods.Contains(m.Name)))
            {
                operations.Add(ParseOperation(path.Name, method.Name.ToUpperInvariant(), method.Value, components));
            }
        }

        return operations;
    }

    private static ApiOperation ParseOperation(string path, string method, JsonElement operation, JsonElement components)
    {
        var parameters = operation.TryGetProperty("parameters", out var list)
            ? list.EnumerateArray().Select(p => new ApiParameter(
                p.GetProperty("name").GetString()!,
                p.GetProperty("in").GetString()!,
                p.TryGetProperty("schema", out var schema) ? Resolve(schema, components, 0) : ApiSchema.Unknown)).ToList()
            : [];

        ApiSchema? body = null;
        var mediaTypes = new List<string>();
        if (operation.TryGetProperty("requestBody", out var requestBody) && requestBody.TryGetProperty("content", out var content))
        {
            foreach (var media in content.EnumerateObject())
            {
                mediaTypes.Add(media.Name);
                if (body is null && media.Value.TryGetProperty("schema", out var schema))
                {
                    body = Resolve(schema, components, 0);
                }
            }
        }

        var needsKey = operation.TryGetProperty("security", out var security) && security.GetArrayLength() > 0;
        return new ApiOperation(method, path, parameters, body, mediaTypes, needsKey);
    }

    private static ApiSchema Resolve(JsonElement schema, JsonElement components, int depth)
    {
        if (depth > 8)
        {
            return ApiSchema.Unknown;
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!.Split('/')[^1];
            return components.ValueKind == JsonValueKind.Object && components.TryGetProperty(name, out var target)
                ? Resolve(target, components, depth + 1)
                : ApiSchema.Unknown;
        }

        // allOf/oneOf with a single $ref is how some generators wrap a nullable reference.
        foreach (var wrapper in new[] { "allOf", "oneOf", "anyOf" })
        {
            if (schema.TryGetProperty(wrapper, out var options) && options.GetArrayLength() > 0)
            {
                return Resolve(options[0], components, depth + 1);
            }
        }

        var properties = new Dictionary<string, ApiSchema>();
        if (schema.TryGetProperty("properties", out var members))
        {
            foreach (var member in members.EnumerateObject())
            {
                properties[member.Name] = Resolve(member.Value, components, depth + 1);
            }
        }

        return new ApiSchema(
            schema.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String ? type.GetString() : null,
            schema.TryGetProperty("format", out var format) ? format.GetString() : null,
            properties,
            schema.TryGetProperty("items", out var items) ? Resolve(items, components, depth + 1) : null,
            schema.TryGetProperty("example", out var example) ? example.Clone() : null,
            schema.TryGetProperty("description", out var description) ? description.GetString() : null);
    }
}
