using System.Net;
using System.Net.Http.Json;
using Chronology.Application.Events;
using Chronology.IntegrationTests.Infrastructure;

namespace Chronology.IntegrationTests.Hardening;

/// <summary>No lost updates when many writers race on one record.</summary>
public sealed class ConcurrencyTests(ChronologyApiFactory factory) : IClassFixture<ChronologyApiFactory>
{
    [Fact]
    public async Task FortyConcurrentUpdates_WithTheSameIfMatch_ExactlyOneWinsAndItsVersionIsStored()
    {
        var editor = factory.CreateEditorClient();
        var original = await EventBodies.CreateAsync(editor, "Race target");
        var body = await EventBodies.ValidAsync(editor, "unused");

        var attempts = Enumerable.Range(1, 40).Select(async writer =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/events/{original.Id}")
            {
                Content = JsonContent.Create(WithTitle(body, $"Written by racer {writer}")),
            };
            request.Headers.IfMatch.ParseAdd($"\"{original.Version}\"");
            using var response = await editor.SendAsync(request);
            return (response.StatusCode, Body: response.IsSuccessStatusCode ? await response.ReadAsync<EventResponse>() : null);
        });
        var results = await Task.WhenAll(attempts);

        var winner = Assert.Single(results, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(results.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.PreconditionFailed, r.StatusCode));
        var stored = await editor.GetJsonAsync<EventResponse>($"/api/v1/events/{original.Id}");
        Assert.Equal(winner.Body!.Title, stored.Title);
        Assert.Equal(original.Version + 1, stored.Version);
    }

    private static Dictionary<string, object?> WithTitle(object body, string title)
    {
        var copy = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, object?>>(System.Text.Json.JsonSerializer.Serialize(body))!;
        copy["title"] = title;
        return copy;
    }
}
