using System.Text.Json;

namespace Chronology.IntegrationTests.Fuzz;

/// <summary>
/// The product's rules for stored data, checked through the public API only: every event has a
/// citation whose quote is verbatim in its source's text; every place, force, source and parent an
/// event or record links resolves; the versions in each record's history strictly increase and end at
/// the record's own; no read answers 5xx.
/// </summary>
public sealed class DataInvariants(HttpClient client)
{
    private static readonly string[] Collections = ["/api/v1/events", "/api/v1/places", "/api/v1/forces", "/api/v1/sources"];

    private readonly Dictionary<string, JsonElement?> read = [];

    public List<string> Failures { get; } = [];

    public int Records { get; private set; }

    public int Events { get; private set; }

    public int Citations { get; private set; }

    public int HistoryEntries { get; private set; }

    public static async Task<DataInvariants> CheckAsync(HttpClient client)
    {
        var walk = new DataInvariants(client);
        foreach (var collection in Collections)
        {
            foreach (var id in await walk.ListIdsAsync(collection))
            {
                await walk.CheckRecordAsync(collection, id);
            }
        }

        return walk;
    }

    private async Task CheckRecordAsync(string collection, int id)
    {
        Records++;
        var url = $"{collection}/{id}";
        if (await GetAsync(url) is not { } record)
        {
            Failures.Add($"{url} is listed but cannot be read");
            return;
        }

        await CheckHistoryAsync(url, record.GetProperty("version").GetInt32());
        if (record.TryGetProperty("parentId", out var parent) && parent.ValueKind == JsonValueKind.Number)
        {
            await ResolvesAsync(url, "parent", $"{collection}/{parent.GetInt32()}");
        }

        if (collection == "/api/v1/events")
        {
            await CheckEventAsync(url, record);
        }
    }

    private async Task CheckEventAsync(string url, JsonElement ev)
    {
        Events++;
        foreach (var place in ev.GetProperty("places").EnumerateArray())
        {
            await ResolvesAsync(url, "place", $"/api/v1/places/{place.GetProperty("id").GetInt32()}");
        }

        foreach (var force in ev.GetProperty("forces").EnumerateArray())
        {
            await ResolvesAsync(url, "force", $"/api/v1/forces/{force.GetProperty("id").GetInt32()}");
        }

        var citations = ev.GetProperty("citations").EnumerateArray().ToList();
        if (citations.Count == 0)
        {
            Failures.Add($"{url} has no citation");
        }

        foreach (var citation in citations)
        {
            Citations++;
            var sourceUrl = $"/api/v1/sources/{citation.GetProperty("sourceId").GetInt32()}";
            var quote = citation.GetProperty("quote").GetString() ?? "";
            if (!await ResolvesAsync(url, "source", sourceUrl))
            {
                continue;
            }

            var text = (await GetAsync(sourceUrl))!.Value.GetProperty("text");
            if (text.ValueKind != JsonValueKind.String || !text.GetString()!.Contains(quote, StringComparison.Ordinal) || quote.Length == 0)
            {
                Failures.Add($"{url} quotes \"{Shorten(quote)}\", which is not verbatim in the text of {sourceUrl}"
                    + (text.ValueKind == JsonValueKind.String ? "" : " (it has no text)"));
            }
        }
    }

    private async Task CheckHistoryAsync(string url, int version)
    {
        if (await GetAsync($"{url}/history") is not { } history)
        {
            Failures.Add($"{url}/history cannot be read");
            return;
        }

        var entries = history.ValueKind == JsonValueKind.Array ? history : history.GetProperty("items");
        var versions = entries.EnumerateArray().Select(e => (Id: e.GetProperty("id").GetInt64(), Version: e.GetProperty("version").GetInt32())).OrderBy(e => e.Id).ToList();
        HistoryEntries += versions.Count;
        for (var i = 1; i < versions.Count; i++)
        {
            if (versions[i].Version <= versions[i - 1].Version)
            {
                Failures.Add($"{url}/history: version {versions[i].Version} follows {versions[i - 1].Version}");
            }
        }

        if (versions.Count > 0 && versions[^1].Version != version)
        {
            Failures.Add($"{url} is version {version}, but its history ends at {versions[^1].Version}");
        }
    }

    private async Task<bool> ResolvesAsync(string from, string what, string url)
    {
        if (await GetAsync(url) is not null)
        {
            return true;
        }

        Failures.Add($"{from} links {what} {url}, which does not resolve");
        return false;
    }

    private async Task<List<int>> ListIdsAsync(string collection)
    {
        var ids = new List<int>();
        string? cursor = null;
        do
        {
            var page = await GetAsync($"{collection}?limit=500{(cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor))}");
            if (page is null)
            {
                Failures.Add($"{collection} cannot be listed");
                break;
            }

            ids.AddRange(page.Value.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetInt32()));
            cursor = page.Value.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        return ids;
    }

    /// <summary>The JSON of a 200 answer (read once per URL), or null; any 5xx is a failure of its own.</summary>
    private async Task<JsonElement?> GetAsync(string url)
    {
        if (read.TryGetValue(url, out var known))
        {
            return known;
        }

        using var response = await client.GetAsync(url);
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            Failures.Add($"GET {url} answered {status}");
        }

        JsonElement? body = status == 200 ? JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone() : null;
        read[url] = body;
        return body;
    }

    private static string Shorten(string text) =>
        text.Length > 80 ? text[..80] + "…" : text;
}
