using System.Net;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Chronology.Application.Events;
using Chronology.Application.Forces;
using Chronology.Application.Listing;
using Chronology.Application.Places;
using Chronology.Application.Sources;

namespace Chronology.IntegrationTests.Infrastructure;

/// <summary>
/// Finds seeded records by name through the API (never by id), builds valid bodies for writes, and
/// checks problem answers.
/// </summary>
public static class TestData
{
    /// <summary>A sentence of the seeded ANHA article, verbatim.</summary>
    public const string ArticleQuote = "The resistance of Kobanî was a key point in the war against IS.";

    public const string ArticleUrlPart = "hawarnews.com";

    /// <summary>What the README promises the seed holds.</summary>
    public const int SeededEvents = 43, SeededPlaces = 49, SeededForces = 21;

    /// <summary>
    /// Test hosts do not watch their configuration files. On Linux every file watcher holds an inotify
    /// instance (128 per user by default) and a host holds about 14, so a suite with one host per test
    /// class, run in parallel, runs out. Nothing in the tests edits configuration while a host runs.
    /// </summary>
    [ModuleInitializer]
    internal static void DoNotWatchConfigurationFiles() =>
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");

    public static async Task<PlaceResponse> PlaceAsync(this HttpClient client, string name)
    {
        var page = await client.GetJsonAsync<PagedResponse<PlaceResponse>>($"/api/v1/places?limit=500&q={Uri.EscapeDataString(name)}");
        return Assert.Single(page.Items, p => p.Name == name);
    }

    public static async Task<ForceResponse> ForceAsync(this HttpClient client, string abbreviationOrName)
    {
        var page = await client.GetJsonAsync<PagedResponse<ForceResponse>>($"/api/v1/forces?limit=500&q={Uri.EscapeDataString(abbreviationOrName)}");
        return Assert.Single(page.Items, f => f.Abbreviation == abbreviationOrName || f.Name == abbreviationOrName);
    }

    /// <summary>The seeded article "IS…from beginning to end", part 4.</summary>
    public static async Task<SourceResponse> ArticleAsync(this HttpClient client)
    {
        var page = await client.GetJsonAsync<PagedResponse<SourceResponse>>("/api/v1/sources?limit=500");
        return Assert.Single(page.Items, s => s.Url?.Contains(ArticleUrlPart, StringComparison.Ordinal) == true);
    }

    public static async Task<EventResponse> EventAsync(this HttpClient client, string title) =>
        Assert.Single(await client.EventsAsync(""), e => e.Title == title);

    /// <summary>Every event the query matches, through all pages.</summary>
    public static Task<List<EventResponse>> EventsAsync(this HttpClient client, string query) =>
        EventWalker.WalkAsync(client, query, 500);

    public static async Task<List<int>> EventIdsAsync(this HttpClient client, string query) =>
        (await client.EventsAsync(query)).Select(e => e.Id).ToList();

    /// <summary>A valid event body: one place, one force as initiator, one citation.</summary>
    public static JsonObject EventBody(int placeId, int forceId, int sourceId, string title = "Test event", string quote = ArticleQuote) => new()
    {
        ["title"] = title,
        ["summary"] = "Written by the integration tests.",
        ["type"] = "attack",
        ["start"] = "2016-04-10",
        ["end"] = null,
        ["precision"] = "day",
        ["approximate"] = false,
        ["dateText"] = "April 10, 2016",
        ["fatalities"] = 3,
        ["places"] = new JsonArray(new JsonObject { ["id"] = placeId }),
        ["forces"] = new JsonArray(new JsonObject { ["id"] = forceId, ["role"] = "initiator" }),
        ["citations"] = new JsonArray(new JsonObject { ["sourceId"] = sourceId, ["quote"] = quote }),
        ["parentId"] = null,
        ["notes"] = null,
    };

    /// <summary>A valid event body at Tel Hamis, with IS as initiator, citing the seeded article.</summary>
    public static async Task<JsonObject> NewEventBodyAsync(this HttpClient client, string title)
    {
        var place = await client.PlaceAsync("Tel Hamis");
        var force = await client.ForceAsync("IS");
        var source = await client.ArticleAsync();
        return EventBody(place.Id, force.Id, source.Id, title);
    }

    public static Task<EventResponse> CreateEventAsync(this HttpClient editor, JsonObject body) =>
        editor.CreateAsync<EventResponse>("/api/v1/events", body);

    public static Task<PlaceResponse> CreatePlaceAsync(
        this HttpClient editor, string name, string kind, int? parentId, params string[] aliases) =>
        editor.CreateAsync<PlaceResponse>("/api/v1/places", new { name, aliases, kind, parentId, lat = 36.5, lon = 40.5 });

    /// <summary>POSTs a body and expects 201.</summary>
    public static async Task<T> CreateAsync<T>(this HttpClient editor, string url, object body)
    {
        using var response = await editor.SendJsonAsync(HttpMethod.Post, url, body);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new HttpRequestException($"POST {url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return await response.ReadAsync<T>();
    }

    public static Task<HttpResponseMessage> SendJsonAsync(
        this HttpClient client, HttpMethod method, string url, object? body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: HttpJson.Options);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }

    /// <summary>Asserts an RFC 9457 answer with this status, its media type and a trace id; returns its body.</summary>
    public static async Task<JsonElement> AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.True(problem.TryGetProperty("traceId", out var traceId) && traceId.GetString()?.Length > 0, text);
        return problem;
    }

    /// <summary>The messages of one member of a validation problem's <c>errors</c>.</summary>
    public static string[] ErrorsFor(this JsonElement problem, string member)
    {
        Assert.True(problem.TryGetProperty("errors", out var errors), problem.ToString());
        Assert.True(errors.TryGetProperty(member, out var messages), $"No errors.{member} in {problem}");
        return messages.EnumerateArray().Select(m => m.GetString() ?? "").ToArray();
    }
}
