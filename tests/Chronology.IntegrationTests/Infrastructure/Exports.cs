using System.Text.Json.Nodes;

namespace Chronology.IntegrationTests.Infrastructure;

/// <summary>An export as the client received it: status, headers and the whole body.</summary>
public sealed record ExportAnswer(int Status, string? MediaType, string? ContentType, string? FileName, string? Vary, string Body);

/// <summary>Fetches exports, and the JSON list's items exactly as they were sent, for comparisons.</summary>
public static class Exports
{
    public static async Task<ExportAnswer> ExportAsync(this HttpClient client, string url, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        using var response = await client.SendAsync(request);
        var disposition = response.Content.Headers.ContentDisposition;
        return new ExportAnswer(
            (int)response.StatusCode,
            response.Content.Headers.ContentType?.MediaType,
            response.Content.Headers.ContentType?.ToString(),
            disposition?.DispositionType == "attachment" ? disposition.FileName?.Trim('"') : null,
            response.Headers.Vary.Count == 0 ? null : string.Join(",", response.Headers.Vary),
            await response.Content.ReadAsStringAsync());
    }

    /// <summary>Every item of the JSON list for the query, through all pages, as the JSON the service wrote.</summary>
    public static async Task<List<JsonObject>> ListItemsAsync(this HttpClient client, string query)
    {
        var items = new List<JsonObject>();
        string? cursor = null;
        do
        {
            var url = $"/api/v1/events?limit=500{(query.Length > 0 ? "&" + query : "")}{(cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor))}";
            var page = JsonNode.Parse(await client.GetStringAsync(url))!.AsObject();
            items.AddRange(page["items"]!.AsArray().Select(item => item!.AsObject()));
            cursor = page["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null);

        return items;
    }
}
