using System.Net.Http.Json;
using Chronology.Application.Events;
using Chronology.Application.Listing;
using Chronology.IntegrationTests.Infrastructure;

namespace Chronology.IntegrationTests.Events;

/// <summary>Date windows stay correct however long a span is (the query bounds starts by the longest span).</summary>
public sealed class EventLongSpanTests(ChronologyApiFactory factory) : IClassFixture<ChronologyApiFactory>
{
    [Fact]
    public async Task AVeryLongSpan_IsFoundByAWindowNearItsEnd()
    {
        var editor = factory.CreateEditorClient();
        var body = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, object?>>(
            System.Text.Json.JsonSerializer.Serialize(await EventBodies.ValidAsync(editor, "A decades-long occupation")))!;
        body["start"] = "1990-01-01";
        body["end"] = "2024-12-31";
        using var created = await editor.PostAsJsonAsync("/api/v1/events", body);
        var id = (await created.ReadAsync<EventResponse>()).Id;

        var late = await editor.GetJsonAsync<PagedResponse<EventResponse>>("/api/v1/events?from=2024-12-31&to=2030");
        var before = await editor.GetJsonAsync<PagedResponse<EventResponse>>("/api/v1/events?from=1980&to=1989");

        Assert.Contains(late.Items, e => e.Id == id);
        Assert.DoesNotContain(before.Items, e => e.Id == id);
    }
}
