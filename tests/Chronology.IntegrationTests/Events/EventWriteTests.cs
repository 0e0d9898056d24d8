using System.Net;
using System.Text.Json.Nodes;
using Chronology.Application.Events;
using Chronology.IntegrationTests.Infrastructure;

namespace Chronology.IntegrationTests.Events;

/// <summary>Creating, replacing and deleting events, and the members the server owns.</summary>
public sealed class EventWriteTests(ChronologyApiFactory factory) : IClassFixture<ChronologyApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();
    private readonly HttpClient editor = factory.CreateEditorClient();

    [Fact]
    public async Task Create_ValidEvent_Returns201WithLocationAndETag_AndGetShowsItsLinks()
    {
        var body = await client.NewEventBodyAsync("YPG repel an attack near Tel Hamis");
        var ypg = await client.ForceAsync("YPG");
        body["forces"]!.AsArray().Add(new JsonObject { ["id"] = ypg.Id, ["role"] = "target" });

        using var response = await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/events", body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.ReadAsync<EventResponse>();
        Assert.EndsWith($"/api/v1/events/{created.Id}", response.Headers.Location!.ToString());
        Assert.Equal($"\"{created.Version}\"", response.Headers.ETag!.Tag);
        var read = await client.GetJsonAsync<EventResponse>(response.Headers.Location.ToString());
        Assert.Equal("YPG repel an attack near Tel Hamis", read.Title);
        Assert.Equal(EventType.Attack, read.Type);
        Assert.Equal(new DateOnly(2016, 4, 10), read.Start);
        Assert.Equal(3, read.Fatalities);
        var place = Assert.Single(read.Places);
        Assert.Equal("Tel Hamis", place.Name);
        Assert.NotNull(place.Lat);
        Assert.Contains(read.Forces, f => f.Abbreviation == "IS" && f.Role == ForceRole.Initiator);
        Assert.Contains(read.Forces, f => f.Id == ypg.Id && f.Role == ForceRole.Target);
        Assert.Equal(TestData.ArticleQuote, Assert.Single(read.Citations).Quote);
    }

    [Fact]
    public async Task Update_ValidEvent_Returns200AndGetShowsTheNewContent()
    {
        var created = await editor.CreateEventAsync(await client.NewEventBodyAsync("Before the edit"));
        var tabqa = await client.PlaceAsync("al-Tabqa");
        var body = await client.NewEventBodyAsync("After the edit");
        body["type"] = "capture";
        body["start"] = "2017-05-01";
        body["precision"] = "month";
        body["fatalities"] = null;
        body["places"] = new JsonArray(new JsonObject { ["id"] = tabqa.Id });
        body["notes"] = "The source gives only the month.";

        using var response = await editor.SendJsonAsync(HttpMethod.Put, $"/api/v1/events/{created.Id}", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var read = await client.GetJsonAsync<EventResponse>($"/api/v1/events/{created.Id}");
        Assert.Equal("After the edit", read.Title);
        Assert.Equal(EventType.Capture, read.Type);
        Assert.Equal(DatePrecision.Month, read.Precision);
        Assert.Null(read.Fatalities);
        Assert.Equal("al-Tabqa", Assert.Single(read.Places).Name);
        Assert.Equal("The source gives only the month.", read.Notes);
        Assert.Equal(created.Version + 1, read.Version);
        Assert.Equal(created.CreatedAt, read.CreatedAt);
        Assert.True(read.UpdatedAt >= created.UpdatedAt);
        Assert.Contains(await client.EventIdsAsync("place=al-Tabqa&from=2017-05-31&to=2017-05-31"), id => id == created.Id);
    }

    [Fact]
    public async Task Delete_Event_Returns204ThenGetReturns404()
    {
        var created = await editor.CreateEventAsync(await client.NewEventBodyAsync("To be deleted"));

        using var response = await editor.DeleteAsync($"/api/v1/events/{created.Id}");
        using var after = await client.GetAsync($"/api/v1/events/{created.Id}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await after.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain(created.Id, await client.EventIdsAsync("q=deleted"));
    }

    [Fact]
    public async Task Update_UnknownId_Returns404()
    {
        using var response = await editor.SendJsonAsync(HttpMethod.Put, "/api/v1/events/987654", await client.NewEventBodyAsync("Nobody"));

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Create_WithServerOwnedMembers_IgnoresThem()
    {
        var body = await client.NewEventBodyAsync("Sent with server-owned members");
        body["id"] = 987654;
        body["createdAt"] = "2000-01-01T00:00:00Z";
        body["updatedAt"] = "2000-01-01T00:00:00Z";
        body["version"] = 42;
        var before = DateTime.UtcNow.AddMinutes(-1);

        var created = await editor.CreateEventAsync(body);

        Assert.NotEqual(987654, created.Id);
        Assert.Equal(1, created.Version);
        Assert.InRange(created.CreatedAt, before, DateTime.UtcNow.AddMinutes(1));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/events/987654")).StatusCode);
    }

    [Fact]
    public async Task Create_WithAParent_MakesItAStageOfThatEvent()
    {
        var campaign = await client.EventAsync("Campaign to liberate Mosul");
        var body = await client.NewEventBodyAsync("A stage of the Mosul campaign");
        body["parentId"] = campaign.Id;

        var created = await editor.CreateEventAsync(body);

        Assert.Equal(campaign.Id, (await client.GetJsonAsync<EventResponse>($"/api/v1/events/{created.Id}")).ParentId);
    }

    [Fact]
    public async Task Update_MakingAParentAStageOfItsOwnStage_Returns400()
    {
        var a = await editor.CreateEventAsync(await client.NewEventBodyAsync("Loop A"));
        var bBody = await client.NewEventBodyAsync("Loop B");
        bBody["parentId"] = a.Id;
        var b = await editor.CreateEventAsync(bBody);
        var aBody = await client.NewEventBodyAsync("Loop A");
        aBody["parentId"] = b.Id;

        using var response = await editor.SendJsonAsync(HttpMethod.Put, $"/api/v1/events/{a.Id}", aBody);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor("parentId"));
        Assert.Null((await client.GetJsonAsync<EventResponse>($"/api/v1/events/{a.Id}")).ParentId);
    }

    [Fact]
    public async Task Update_MakingAnEventItsOwnParent_Returns400()
    {
        var a = await editor.CreateEventAsync(await client.NewEventBodyAsync("Self parent"));
        var body = await client.NewEventBodyAsync("Self parent");
        body["parentId"] = a.Id;

        using var response = await editor.SendJsonAsync(HttpMethod.Put, $"/api/v1/events/{a.Id}", body);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor("parentId"));
    }

    [Fact]
    public async Task Delete_AnEventWithStages_Returns409ListingThem()
    {
        var parent = await editor.CreateEventAsync(await client.NewEventBodyAsync("A parent"));
        var stageBody = await client.NewEventBodyAsync("A stage");
        stageBody["parentId"] = parent.Id;
        var stage = await editor.CreateEventAsync(stageBody);

        using var response = await editor.DeleteAsync($"/api/v1/events/{parent.Id}");

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict);
        var usedBy = problem.GetProperty("usedBy").GetProperty("events").EnumerateArray().Select(e => e.GetInt32());
        Assert.Equal([stage.Id], usedBy);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/events/{parent.Id}")).StatusCode);
    }
}
