using Chronology.Application.Changes;
using Chronology.IntegrationTests.Infrastructure;

namespace Chronology.IntegrationTests.Changes;

/// <summary>Reads the change feed as a sync client does.</summary>
public static class ChangeFeedClient
{
    public static async Task<string> HeadAsync(HttpClient client) =>
        (await client.GetJsonAsync<ChangePage>("/api/v1/changes?after=now")).NextCursor;

    /// <summary>Follows the feed from <paramref name="cursor"/> until a page comes back empty.</summary>
    public static async Task<(List<ChangeResponse> Changes, string Cursor)> FollowAsync(HttpClient client, string cursor, int limit = 50)
    {
        var changes = new List<ChangeResponse>();
        while (true)
        {
            var page = await client.GetJsonAsync<ChangePage>($"/api/v1/changes?limit={limit}&after={Uri.EscapeDataString(cursor)}");
            changes.AddRange(page.Items);
            cursor = page.NextCursor;
            if (page.Items.Count == 0)
            {
                return (changes, cursor);
            }
        }
    }
}
