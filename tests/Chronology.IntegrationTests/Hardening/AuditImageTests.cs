using System.Net.Http.Json;
using System.Text.Json;
using Chronology.Application.Audit;
using Chronology.Application.Events;
using Chronology.Application.Listing;
using Chronology.IntegrationTests.Infrastructure;

namespace Chronology.IntegrationTests.Hardening;

/// <summary>A write's answer and its audit images are the record exactly as a read returns it.</summary>
public sealed class AuditImageTests(ChronologyApiFactory factory) : IClassFixture<ChronologyApiFactory>
{
    private readonly HttpClient editor = factory.CreateEditorClient();

    [Fact]
    public async Task EventWrites_AnswerAndAuditExactlyWhatAReadReturns()
    {
        var seeded = (await editor.GetJsonAsync<PagedResponse<EventResponse>>("/api/v1/events?limit=1")).Items[0];
        var places = (await editor.GetJsonAsync<PagedResponse<JsonElement>>("/api/v1/places?limit=3")).Items.Select(p => p.GetProperty("id").GetInt32()).ToList();
        var forces = (await editor.GetJsonAsync<PagedResponse<JsonElement>>("/api/v1/forces?limit=3")).Items.Select(f => f.GetProperty("id").GetInt32()).ToList();
        var sourceId = seeded.Citations[0].SourceId;
        // Links in an order the reads do not use (places by id; forces by role, then id; citations as saved).
        object Body(string title, string[] roles, int[] placeOrder, string[] quotes) => new
        {
            title,
            summary = "Written by a test.",
            type = "attack",
            start = "2015-03-05",
            places = placeOrder.Select(i => new { id = places[i] }),
            forces = roles.Select((role, i) => new { id = forces[i], role }),
            citations = quotes.Select(quote => new { sourceId, quote }),
        };

        using var created = await editor.PostAsJsonAsync("/api/v1/events",
            Body("Imaged event", ["target", "initiator", "supporter"], [2, 0, 1], [seeded.Citations[0].Quote, "March 5, 2015"]));
        var createdBody = await created.ReadAsync<EventResponse>();
        var afterCreate = await editor.GetJsonAsync<EventResponse>($"/api/v1/events/{createdBody.Id}");
        using var updated = await editor.PutAsJsonAsync($"/api/v1/events/{createdBody.Id}",
            Body("Imaged event, edited", ["participant", "target", "initiator"], [1, 2], ["March 5, 2015", seeded.Citations[0].Quote]));
        var updatedBody = await updated.ReadAsync<EventResponse>();
        var afterUpdate = await editor.GetJsonAsync<EventResponse>($"/api/v1/events/{createdBody.Id}");
        var history = await editor.GetJsonAsync<PagedResponse<AuditEntryResponse>>($"/api/v1/events/{createdBody.Id}/history");

        Assert.Equal(Json(afterCreate), Json(createdBody));
        Assert.Equal(Json(afterUpdate), Json(updatedBody));
        Assert.Equal(Json(afterCreate), Json(history.Items[0].After!.Value));
        Assert.Equal(Json(afterCreate), Json(history.Items[1].Before!.Value));
        Assert.Equal(Json(afterUpdate), Json(history.Items[1].After!.Value));
        Assert.Equal(3, afterUpdate.Forces.Count);
        Assert.Equal(2, afterUpdate.Citations.Count);
    }

    [Fact]
    public async Task SourceUpdate_AnswersAndAuditsExactlyWhatAReadReturns()
    {
        using var created = await editor.PostAsJsonAsync("/api/v1/sources", new { title = "Imaged source", language = "en", text = "Some text." });
        var id = (await created.ReadAsync<JsonElement>()).GetProperty("id").GetInt32();
        var beforeUpdate = await editor.GetJsonAsync<JsonElement>($"/api/v1/sources/{id}");
        using var updated = await editor.PutAsJsonAsync($"/api/v1/sources/{id}", new { title = "Imaged source, renamed", language = "en", text = "Some text." });
        var updatedBody = await updated.ReadAsync<JsonElement>();
        var afterUpdate = await editor.GetJsonAsync<JsonElement>($"/api/v1/sources/{id}");
        var history = await editor.GetJsonAsync<PagedResponse<AuditEntryResponse>>($"/api/v1/sources/{id}/history");

        Assert.Equal(afterUpdate.GetRawText(), updatedBody.GetRawText());
        Assert.Equal(beforeUpdate.GetRawText(), history.Items[1].Before!.Value.GetRawText());
        Assert.Equal(afterUpdate.GetRawText(), history.Items[1].After!.Value.GetRawText());
    }

    // Both sides through the same record and options, so only the values and their order count.
    private static string Json(EventResponse e) => JsonSerializer.Serialize(e, HttpJson.Options);

    private static string Json(JsonElement e) => Json(e.Deserialize<EventResponse>(HttpJson.Options)!);
}
