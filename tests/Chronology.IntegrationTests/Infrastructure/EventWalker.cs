using Chronology.Application.Events;
using Chronology.Application.Listing;

namespace Chronology.IntegrationTests.Infrastructure;

/// <summary>Follows nextCursor through a list to its end.</summary>
public static class EventWalker
{
    public static async Task<List<EventResponse>> WalkAsync(HttpClient client, string query, int limit)
    {
        var all = new List<EventResponse>();
        string? cursor = null;
        for (var page = 0; page < 10_000; page++)
        {
            var url = $"/api/v1/events?limit={limit}{(query.Length > 0 ? "&" + query : "")}{(cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor))}";
            var body = await client.GetJsonAsync<PagedResponse<EventResponse>>(url);
            all.AddRange(body.Items);
            cursor = body.NextCursor;
            if (cursor is null)
            {
                return all;
            }
        }

        throw new InvalidOperationException("The cursor walk did not end.");
    }
}
