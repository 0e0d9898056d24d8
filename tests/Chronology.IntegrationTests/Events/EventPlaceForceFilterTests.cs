using System.Net;
using System.Text.Json.Nodes;
using Chronology.Application.Events;
using Chronology.IntegrationTests.Infrastructure;

namespace Chronology.IntegrationTests.Events;

/// <summary>The <c>place</c>, <c>force</c> and <c>role</c> filters: ids, names, aliases, regions, and bad names.</summary>
public sealed class EventPlaceForceFilterTests(ChronologyApiFactory factory) : IClassFixture<ChronologyApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();
    private readonly HttpClient editor = factory.CreateEditorClient();

    [Theory]
    [InlineData("kobani")]
    [InlineData("KOBANÎ")]
    [InlineData("Ayn al-Arab")]
    public async Task List_ByAFoldedNameOrAlias_FindsTheKobaniEvents(string name)
    {
        var events = await client.EventsAsync($"place={Uri.EscapeDataString(name)}");

        Assert.Contains(events, e => e.Title == "Kobanî massacre");
        Assert.Contains(events, e => e.Title == "IS siege of Kobanî");
        Assert.All(events, e => Assert.Contains(e.Places, p => p.Name == "Kobanî"));
    }

    [Fact]
    public async Task List_ByPlaceId_EqualsTheListByName()
    {
        var kobani = await client.PlaceAsync("Kobanî");

        Assert.Equal(await client.EventIdsAsync("place=Kobanî"), await client.EventIdsAsync($"place={kobani.Id}"));
    }

    [Theory]
    [InlineData("sengal")]
    [InlineData("Sinjar")]
    [InlineData("ŞENGAL")]
    public async Task List_ByAnyNameOfSengal_ReturnsTheSengalLiberation(string name)
    {
        var events = await client.EventsAsync($"place={Uri.EscapeDataString(name)}");

        Assert.Equal("Şengal liberated from IS", Assert.Single(events).Title);
    }

    [Fact]
    public async Task List_ByRasAlAyn_ResolvesToSereKaniye()
    {
        var sereKaniye = await client.PlaceAsync("Serê Kaniyê");
        var body = await client.NewEventBodyAsync("An event at Serê Kaniyê");
        body["places"] = new JsonArray(new JsonObject { ["id"] = sereKaniye.Id });
        var created = await editor.CreateEventAsync(body);

        var events = await client.EventsAsync("place=Ras%20al-Ayn");

        Assert.Equal(created.Id, Assert.Single(events).Id);
        Assert.Equal([created.Id], await client.EventIdsAsync("place=ras%20al%20ayn"));
    }

    [Fact]
    public async Task List_ByACountry_IncludesEventsAnywhereInsideIt()
    {
        var syria = await client.EventsAsync("place=Syria");

        Assert.Contains(syria, e => e.Title == "Tel Hamis liberated from IS");
        Assert.Contains(syria, e => e.Title == "Kobanî massacre");
        Assert.DoesNotContain(syria, e => e.Title == "Iraqi forces recover Mosul");
    }

    [Fact]
    public async Task List_ByIraq_ExcludesSyrianEvents()
    {
        var iraq = await client.EventsAsync("place=Iraq");

        Assert.Contains(iraq, e => e.Title == "Iraqi forces recover Mosul");
        Assert.Contains(iraq, e => e.Title == "Şengal liberated from IS");
        Assert.DoesNotContain(iraq, e => e.Title == "Tel Hamis liberated from IS");
        Assert.DoesNotContain(iraq, e => e.Title == "Kobanî massacre");
    }

    [Fact]
    public async Task List_ByAnUnknownPlace_Returns400SayingSo()
    {
        using var response = await client.GetAsync("/api/v1/events?place=Atlantis");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("Atlantis", Assert.Single(problem.ErrorsFor("place")));
    }

    [Fact]
    public async Task List_ByAnAmbiguousPlace_Returns400ListingTheCandidatesWithIds()
    {
        // Namesakes in places that do not contain each other (two under one parent are the same place twice: 409).
        var first = await editor.CreatePlaceAsync("Test Twin", "village", (await client.PlaceAsync("Syria")).Id);
        var second = await editor.CreatePlaceAsync("Test Twin", "village", (await client.PlaceAsync("Iraq")).Id);

        using var response = await client.GetAsync("/api/v1/events?place=Test%20Twin");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        var message = Assert.Single(problem.ErrorsFor("place"));
        Assert.Contains(first.Id.ToString(), message);
        Assert.Contains(second.Id.ToString(), message);
        var candidates = problem.GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("id").GetInt32());
        Assert.Equal([first.Id, second.Id], candidates.Order());
    }

    [Fact]
    public async Task List_ByEveryNameOfIs_ReturnsTheSameEvents()
    {
        var daesh = await client.EventIdsAsync("force=Daesh");

        Assert.NotEmpty(daesh);
        Assert.Equal(daesh, await client.EventIdsAsync("force=IS"));
        Assert.Equal(daesh, await client.EventIdsAsync("force=ISIS"));
        Assert.Equal(daesh, await client.EventIdsAsync("force=islamic%20state"));
    }

    [Fact]
    public async Task List_ByForceAndRole_IsTheSubsetWhereTheForceHadThatRole()
    {
        var ypg = await client.ForceAsync("YPG");
        var all = await client.EventsAsync("force=YPG");

        var initiated = await client.EventsAsync("force=YPG&role=initiator");

        Assert.NotEmpty(initiated);
        Assert.Subset(all.Select(e => e.Id).ToHashSet(), initiated.Select(e => e.Id).ToHashSet());
        Assert.All(initiated, e => Assert.Contains(e.Forces, f => f.Id == ypg.Id && f.Role == ForceRole.Initiator));
        Assert.Contains(all, e => e.Title == "IS siege of Kobanî");
        Assert.DoesNotContain(initiated, e => e.Title == "IS siege of Kobanî");
    }

    [Fact]
    public async Task List_ByAnUnknownForce_Returns400SayingSo()
    {
        using var response = await client.GetAsync("/api/v1/events?force=Nobody%20at%20all");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("Nobody at all", Assert.Single(problem.ErrorsFor("force")));
    }

    [Fact]
    public async Task List_WithRoleButNoForce_Returns400()
    {
        using var response = await client.GetAsync("/api/v1/events?role=initiator");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor("role"));
    }

    [Fact]
    public async Task List_WithABadRole_Returns400ListingTheValidRoles()
    {
        using var response = await client.GetAsync("/api/v1/events?force=YPG&role=bystander");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        var message = string.Join(" ", problem.ErrorsFor("role"));
        Assert.All(new[] { "initiator", "target", "supporter", "participant" }, role => Assert.Contains(role, message));
    }
}
