using System.Net.Http.Json;
using Chronology.Application.Events;
using Chronology.Application.Listing;

namespace Chronology.IntegrationTests.Infrastructure;

/// <summary>Valid event bodies built from the seeded data, for write tests.</summary>
public static class EventBodies
{
    /// <summary>A valid body citing the seeded article, linked to the place and force of the first seeded event.</summary>
    public static async Task<object> ValidAsync(HttpClient client, string title)
    {
        var seeded = (await client.GetJsonAsync<PagedResponse<EventResponse>>("/api/v1/events?limit=1")).Items[0];
        return new
        {
            title,
            summary = "Written by a test.",
            type = "statement",
            start = "2015-03-05",
            precision = "day",
            places = new[] { new { id = seeded.Places[0].Id } },
            forces = new[] { new { id = seeded.Forces[0].Id, role = "participant" } },
            citations = new[] { new { sourceId = seeded.Citations[0].SourceId, quote = "March 5, 2015" } },
        };
    }

    public static async Task<EventResponse> CreateAsync(HttpClient editor, string title)
    {
        using var response = await editor.PostAsJsonAsync("/api/v1/events", await ValidAsync(editor, title));
        response.EnsureSuccessStatusCode();
        return await response.ReadAsync<EventResponse>();
    }
}
