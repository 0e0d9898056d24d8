using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Chronology.Application.Audit;
using Chronology.Application.Listing;
using Chronology.IntegrationTests.Infrastructure;

namespace Chronology.IntegrationTests.Hardening;

/// <summary>Every change is recorded with who, when, before and after; the trail cannot be edited.</summary>
public sealed class AuditTrailTests(ChronologyApiFactory factory) : IClassFixture<ChronologyApiFactory>
{
    private readonly HttpClient editor = factory.CreateEditorClient();

    [Fact]
    public async Task CreateUpdateDelete_AreRecordedWithEditorAndSnapshots_AndSurviveTheDelete()
    {
        var created = await EventBodies.CreateAsync(editor, "Audited event");
        var body = await EventBodies.ValidAsync(editor, "Audited event, renamed");
        (await editor.PutAsJsonAsync($"/api/v1/events/{created.Id}", body)).EnsureSuccessStatusCode();
        (await editor.DeleteAsync($"/api/v1/events/{created.Id}")).EnsureSuccessStatusCode();

        var history = await editor.GetJsonAsync<PagedResponse<AuditEntryResponse>>($"/api/v1/events/{created.Id}/history");

        Assert.Equal([AuditAction.Created, AuditAction.Updated, AuditAction.Deleted], history.Items.Select(e => e.Action));
        Assert.All(history.Items, e => Assert.Equal(ChronologyApiFactory.EditorName, e.Editor));
        Assert.Null(history.Items[0].Before);
        Assert.Equal("Audited event", history.Items[0].After!.Value.GetProperty("title").GetString());
        Assert.Equal("Audited event", history.Items[1].Before!.Value.GetProperty("title").GetString());
        Assert.Equal("Audited event, renamed", history.Items[1].After!.Value.GetProperty("title").GetString());
        Assert.Equal(2, history.Items[1].Version);
        Assert.Null(history.Items[2].After);
        Assert.True(history.Items.Zip(history.Items.Skip(1)).All(p => p.First.At <= p.Second.At));
    }

    [Fact]
    public async Task PlaceChanges_AreRecordedToo()
    {
        var places = await editor.GetJsonAsync<PagedResponse<JsonElement>>("/api/v1/places?q=syria&kind=country");
        var syria = places.Items[0].GetProperty("id").GetInt32();
        using var response = await editor.PostAsJsonAsync("/api/v1/places", new { name = "Audit village", kind = "village", parentId = syria });
        var place = await response.ReadAsync<JsonElement>();

        var history = await editor.GetJsonAsync<PagedResponse<AuditEntryResponse>>($"/api/v1/places/{place.GetProperty("id").GetInt32()}/history");

        var entry = Assert.Single(history.Items);
        Assert.Equal(AuditAction.Created, entry.Action);
        Assert.Equal("Audit village", entry.After!.Value.GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("forces", "name", """{"name":"Audited brigade","kind":"armedGroup"}""", """{"name":"Audited brigade, renamed","kind":"militia"}""")]
    [InlineData("sources", "title", """{"title":"Audited report","language":"en","text":"Alpha bravo."}""", """{"title":"Audited report, renamed","language":"en","text":"Alpha bravo charlie."}""")]
    public async Task ForceAndSourceChanges_AreRecordedWithEditorAndSnapshots_AndSurviveTheDelete(string collection, string member, string create, string update)
    {
        using var created = await editor.PostAsync($"/api/v1/{collection}", Json(create));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.ReadAsync<JsonElement>()).GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.OK, (await editor.PutAsync($"/api/v1/{collection}/{id}", Json(update))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await editor.DeleteAsync($"/api/v1/{collection}/{id}")).StatusCode);

        var history = await editor.GetJsonAsync<PagedResponse<AuditEntryResponse>>($"/api/v1/{collection}/{id}/history");

        var before = JsonDocument.Parse(create).RootElement.GetProperty(member).GetString();
        var after = JsonDocument.Parse(update).RootElement.GetProperty(member).GetString();
        Assert.Equal([AuditAction.Created, AuditAction.Updated, AuditAction.Deleted], history.Items.Select(e => e.Action));
        Assert.All(history.Items, e => Assert.Equal(ChronologyApiFactory.EditorName, e.Editor));
        Assert.Equal([1, 2, 2], history.Items.Select(e => e.Version));
        Assert.Null(history.Items[0].Before);
        Assert.Equal(before, history.Items[0].After!.Value.GetProperty(member).GetString());
        Assert.Equal(before, history.Items[1].Before!.Value.GetProperty(member).GetString());
        Assert.Equal(after, history.Items[1].After!.Value.GetProperty(member).GetString());
        Assert.Equal(after, history.Items[2].Before!.Value.GetProperty(member).GetString());
        Assert.Null(history.Items[2].After);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/api/v1/{collection}/{id}")).StatusCode);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("POST")]
    [InlineData("DELETE")]
    public async Task History_CannotBeWrittenThroughTheApi(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "/api/v1/events/1/history") { Content = JsonContent.Create(new { }) };

        using var response = await editor.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task History_OfAnIdThatNeverExisted_Returns404()
    {
        using var response = await editor.GetAsync("/api/v1/events/987654/history");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
