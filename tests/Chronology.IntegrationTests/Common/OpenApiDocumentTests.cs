using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Chronology.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Chronology.IntegrationTests.Common;

/// <summary>
/// The OpenAPI document committed at docs/openapi.json for integrators, and what it must hold: it is the document
/// the code serves (fetched as a local <c>dotnet run</c> serves it), with an operationId and declared security on
/// every operation. Set CHRONOLOGY_WRITE_OPENAPI=1 to rewrite the committed file from the code.
/// </summary>
public sealed class OpenApiDocumentTests(ChronologyApiFactory factory) : IClassFixture<ChronologyApiFactory>
{
    public const string RegenerateVariable = "CHRONOLOGY_WRITE_OPENAPI";

    private const string Regenerate =
        $"Regenerate it with: {RegenerateVariable}=1 dotnet test tests/Chronology.IntegrationTests --filter FullyQualifiedName~OpenApiDocumentTests";

    private static readonly JsonSerializerOptions Written = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task CommittedDocument_IsTheDocumentTheCodeServes()
    {
        var served = await ServedAsync();
        var path = Path.Combine(RepositoryFiles.Root, "docs", "openapi.json");
        if (Environment.GetEnvironmentVariable(RegenerateVariable) == "1")
        {
            await File.WriteAllTextAsync(path, served.ToJsonString(Written).ReplaceLineEndings("\n") + "\n");
        }

        Assert.True(File.Exists(path), $"docs/openapi.json is missing. {Regenerate}");
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(path));
        Assert.True(JsonNode.DeepEquals(served, committed),
            $"docs/openapi.json differs from the document the code serves (first difference at {FirstDifference(served, committed, "$")}). {Regenerate}");
    }

    [Fact]
    public async Task EveryOperation_HasAUniqueOperationId_AndDeclaresItsSecurity()
    {
        var operations = Operations(await ServedAsync()).ToList();

        Assert.All(operations, o => Assert.False(string.IsNullOrEmpty(o.Id), $"{o.Method} {o.Path} has no operationId"));
        Assert.Equal(operations.Count, operations.Select(o => o.Id).Distinct().Count());
        Assert.All(operations, o => Assert.True(o.Security is JsonArray, $"{o.Method} {o.Path} declares no security"));
        Assert.All(operations.Where(o => o.Method == "get"), o => Assert.Empty(o.Security!.AsArray()));
        Assert.All(operations.Where(o => o.Method != "get"), o => Assert.Equal(
            ["ApiKey", "Bearer"], o.Security!.AsArray().Select(r => Assert.Single(r!.AsObject()).Key)));
        var ids = operations.Select(o => o.Id).ToHashSet();
        Assert.All(new[] { "listEvents", "getEvent", "createEvent", "updateEvent", "deleteEvent", "getEventHistory", "getEventStats",
            "listPlaces", "getPlace", "listForces", "getForce", "listSources", "getSource" }, id => Assert.Contains(id, ids));
    }

    [Fact]
    public async Task Document_NamesItsServerLicenseAndContact_AndDescribesTheNewParameters()
    {
        var document = await ServedAsync();

        Assert.Equal("http://localhost:5000", document["servers"]![0]!["url"]!.GetValue<string>());
        Assert.Equal("MIT", document["info"]!["license"]!["name"]!.GetValue<string>());
        Assert.NotNull(document["info"]!["contact"]!["name"]);
        var list = document["paths"]!["/api/v1/events"]!["get"]!;
        var format = list["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "format")!;
        Assert.False(string.IsNullOrEmpty(format["description"]!.GetValue<string>()));
        Assert.Equal("csv", format["example"]!.GetValue<string>());
        Assert.Contains("timelinejs", format["schema"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
        var mediaTypes = list["responses"]!["200"]!["content"]!.AsObject().Select(c => c.Key).ToList();
        Assert.All(new[] { "application/json", "text/csv", "application/geo+json", "text/calendar", "application/x-ndjson" }, m => Assert.Contains(m, mediaTypes));
        var groupBy = document["paths"]!["/api/v1/events/stats"]!["get"]!["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "groupBy")!;
        Assert.False(string.IsNullOrEmpty(groupBy["description"]!.GetValue<string>()));
        Assert.Equal("year", groupBy["example"]?.GetValue<string>() ?? groupBy["schema"]!["example"]!.GetValue<string>());
    }

    private async Task<JsonNode> ServedAsync()
    {
        // The address a local `dotnet run` serves, which the document names as its server.
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost:5000") });
        return JsonNode.Parse(await client.GetStringAsync("/swagger/v1/swagger.json"))!;
    }

    private static IEnumerable<(string Method, string Path, string? Id, JsonNode? Security)> Operations(JsonNode document) =>
        from path in document["paths"]!.AsObject()
        from operation in path.Value!.AsObject()
        select (operation.Key, path.Key, operation.Value!["operationId"]?.GetValue<string>(), operation.Value["security"]);
    private static string FirstDifference(JsonNode? served, JsonNode? committed, string path)
    {
        if (served is JsonObject a && committed is JsonObject b)
        {
            foreach (var key in a.Select(p => p.Key).Union(b.Select(p => p.Key)))
            {
                if (!JsonNode.DeepEquals(a[key], b[key]))
                {
                    return FirstDifference(a[key], b[key], $"{path}.{key}");
                }
            }
        }

        if (served is JsonArray x && committed is JsonArray y && x.Count == y.Count)
        {
            for (var i = 0; i < x.Count; i++)
            {
                if (!JsonNode.DeepEquals(x[i], y[i]))
                {
                    return FirstDifference(x[i], y[i], $"{path}[{i}]");
                }
            }
        }

        return path;
    }
}
