using System.Net;
using System.Text.Json.Nodes;
using Chronology.Application.Listing;
using Chronology.Application.Places;
using Chronology.IntegrationTests.Infrastructure;

namespace Chronology.IntegrationTests.Places;

/// <summary>Places: search, the hierarchy, edits (moves included) and the rules that keep the hierarchy sound.</summary>
public sealed class PlaceTests(ChronologyApiFactory factory) : IClassFixture<ChronologyApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();
    private readonly HttpClient editor = factory.CreateEditorClient();

    [Theory]
    [InlineData("kobani", "Kobanî")]
    [InlineData("KOBANI", "Kobanî canton")]
    [InlineData("ayn al arab", "Kobanî")]
    [InlineData("Ras al-Ayn", "Serê Kaniyê")]
    [InlineData("sengal", "Şengal")]
    [InlineData("sinjar", "Şengal")]
    public async Task List_ByText_FindsNamesAndAliasesIgnoringCaseAndAccents(string q, string expected)
    {
        var page = await client.GetJsonAsync<PagedResponse<PlaceResponse>>($"/api/v1/places?q={Uri.EscapeDataString(q)}");

        Assert.Contains(page.Items, p => p.Name == expected);
        Assert.DoesNotContain(page.Items, p => p.Name == "Mosul");
    }

    [Fact]
    public async Task List_ByKind_ReturnsOnlyThatKind()
    {
        var page = await client.GetJsonAsync<PagedResponse<PlaceResponse>>("/api/v1/places?kind=dam");

        Assert.All(page.Items, p => Assert.Equal(PlaceKind.Dam, p.Kind));
        Assert.Contains(page.Items, p => p.Name == "Tishrin Dam");
        Assert.Contains(page.Items, p => p.Name == "Tabqa Dam");
    }

    [Fact]
    public async Task List_ByParent_ReturnsPlacesAnywhereInsideIt()
    {
        var syria = (await client.GetJsonAsync<PagedResponse<PlaceResponse>>("/api/v1/places?parent=Syria&limit=500")).Items;
        var aleppo = (await client.GetJsonAsync<PagedResponse<PlaceResponse>>("/api/v1/places?parent=aleppo%20governorate&kind=city")).Items;

        Assert.Contains(syria, p => p.Name == "Tel Hamis");
        Assert.Contains(syria, p => p.Name == "Aleppo Governorate");
        Assert.DoesNotContain(syria, p => p.Name is "Syria" or "Mosul" or "Iraq");
        Assert.Equal(["Kobanî", "Manbij"], aleppo.Select(p => p.Name));
    }

    [Theory]
    [InlineData("kind=planet", "kind")]
    [InlineData("parent=Atlantis", "parent")]
    [InlineData("limit=0", "limit")]
    public async Task List_WithABadParameter_Returns400(string query, string parameter)
    {
        using var response = await client.GetAsync($"/api/v1/places?{query}");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor(parameter));
    }

    [Fact]
    public async Task Get_ReturnsAncestorsNearestFirstAndDirectChildren()
    {
        var kobani = await client.GetJsonAsync<PlaceResponse>($"/api/v1/places/{(await client.PlaceAsync("Kobanî")).Id}");
        var syria = await client.GetJsonAsync<PlaceResponse>($"/api/v1/places/{(await client.PlaceAsync("Syria")).Id}");

        Assert.Equal(["Kobanî canton", "Aleppo Governorate", "Syria"], kobani.Ancestors!.Select(a => a.Name));
        Assert.Contains("Ayn al-Arab", kobani.Aliases);
        Assert.Empty(syria.Ancestors!);
        Assert.Contains(syria.Children!, c => c.Name == "Aleppo Governorate");
        Assert.DoesNotContain(syria.Children!, c => c.Name == "Kobanî");
    }

    [Fact]
    public async Task Create_ValidPlace_Returns201WithLocationAndETag()
    {
        var jazeera = await client.PlaceAsync("al-Jazeera region");
        var body = new { name = "Tel Tamr East", aliases = new[] { "Til Temir Rojhilat" }, kind = "village", parentId = jazeera.Id, lat = 36.66, lon = 40.4 };

        using var response = await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/places", body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("\"1\"", response.Headers.ETag!.Tag);
        var read = await client.GetJsonAsync<PlaceResponse>(response.Headers.Location!.ToString());
        Assert.Equal(("Tel Tamr East", PlaceKind.Village, 36.66, 40.4), (read.Name, read.Kind, read.Lat!.Value, read.Lon!.Value));
        Assert.Equal(["Til Temir Rojhilat"], read.Aliases);
        Assert.Equal("al-Jazeera region", read.Ancestors![0].Name);
        Assert.Equal(read.Id, (await client.PlaceAsync("Tel Tamr East")).Id);
    }

    [Fact]
    public async Task Update_RenamesAndReplacesAliases()
    {
        var syria = await client.PlaceAsync("Syria");
        var place = await editor.CreatePlaceAsync("Old name", "town", syria.Id, "Old alias");
        var body = new { name = "New name", aliases = new[] { "Nû nav" }, kind = "city", parentId = syria.Id, lat = 36.0, lon = 39.0 };

        using var response = await editor.SendJsonAsync(HttpMethod.Put, $"/api/v1/places/{place.Id}", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"2\"", response.Headers.ETag!.Tag);
        var found = (await client.GetJsonAsync<PagedResponse<PlaceResponse>>("/api/v1/places?q=nu%20nav")).Items;
        Assert.Equal(("New name", PlaceKind.City), (Assert.Single(found).Name, found[0].Kind));
        Assert.Empty((await client.GetJsonAsync<PagedResponse<PlaceResponse>>("/api/v1/places?q=old%20alias")).Items);
    }

    [Fact]
    public async Task Update_MovingAPlace_CarriesItsChildrenAndTheirEventsAlong()
    {
        var syria = await client.PlaceAsync("Syria");
        var moved = await editor.CreatePlaceAsync("Moving region", "region", syria.Id);
        var target = await editor.CreatePlaceAsync("Target region", "region", syria.Id);
        var village = await editor.CreatePlaceAsync("Village in the moving region", "village", moved.Id);
        var body = await client.NewEventBodyAsync("An event in the moving region's village");
        body["places"] = new JsonArray(new JsonObject { ["id"] = village.Id });
        var created = await editor.CreateEventAsync(body);
        Assert.DoesNotContain(created.Id, await client.EventIdsAsync("place=Target%20region"));

        using var response = await editor.SendJsonAsync(HttpMethod.Put, $"/api/v1/places/{moved.Id}",
            new { name = "Moving region", kind = "region", parentId = target.Id });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([created.Id], await client.EventIdsAsync("place=Target%20region"));
        Assert.Contains(created.Id, await client.EventIdsAsync("place=Syria"));
        var detail = await client.GetJsonAsync<PlaceResponse>($"/api/v1/places/{village.Id}");
        Assert.Equal(["Moving region", "Target region", "Syria"], detail.Ancestors!.Select(a => a.Name));
        var inside = (await client.GetJsonAsync<PagedResponse<PlaceResponse>>("/api/v1/places?parent=Target%20region")).Items;
        Assert.Equal(["Moving region", "Village in the moving region"], inside.Select(p => p.Name).Order());
    }

    [Fact]
    public async Task Delete_UnusedPlace_Returns204ThenGetReturns404()
    {
        var place = await editor.CreatePlaceAsync("Short-lived village", "village", (await client.PlaceAsync("Syria")).Id);

        using var response = await editor.DeleteAsync($"/api/v1/places/{place.Id}");
        using var after = await client.GetAsync($"/api/v1/places/{place.Id}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await after.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Delete_APlaceEventsUse_Returns409ListingThemAndKeepsThePlace()
    {
        var kobani = await client.PlaceAsync("Kobanî");
        var massacre = await client.EventAsync("Kobanî massacre");

        using var response = await editor.DeleteAsync($"/api/v1/places/{kobani.Id}");

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict);
        var events = problem.GetProperty("usedBy").GetProperty("events").EnumerateArray().Select(e => e.GetInt32());
        Assert.Contains(massacre.Id, events);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/places/{kobani.Id}")).StatusCode);
        Assert.Contains(massacre.Id, await client.EventIdsAsync("place=Kobanî"));
    }

    [Fact]
    public async Task Delete_APlaceWithChildren_Returns409ListingThem()
    {
        var parent = await editor.CreatePlaceAsync("Parent area", "area", (await client.PlaceAsync("Iraq")).Id);
        var child = await editor.CreatePlaceAsync("Child village", "village", parent.Id);

        using var response = await editor.DeleteAsync($"/api/v1/places/{parent.Id}");

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal([child.Id], problem.GetProperty("usedBy").GetProperty("places").EnumerateArray().Select(e => e.GetInt32()));
    }

    [Fact]
    public async Task Update_MakingSyriaAChildOfAPlaceInsideIt_Returns400AndLeavesSyriaAlone()
    {
        var syria = await client.PlaceAsync("Syria");
        var telHamis = await client.PlaceAsync("Tel Hamis");
        var body = new { syria.Name, syria.Aliases, kind = "country", parentId = telHamis.Id, syria.Lat, syria.Lon };

        using var response = await editor.SendJsonAsync(HttpMethod.Put, $"/api/v1/places/{syria.Id}", body);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor("parentId"));
        var read = await client.GetJsonAsync<PlaceResponse>($"/api/v1/places/{syria.Id}");
        Assert.Null(read.ParentId);
        Assert.Equal(syria.Version, read.Version);
    }

    [Theory]
    [InlineData("""{"name":"Far north","kind":"village","lat":91,"lon":40}""", "lat")]
    [InlineData("""{"name":"Far west","kind":"village","lat":36,"lon":-181}""", "lon")]
    [InlineData("""{"name":"Half a point","kind":"village","lat":36}""", "lon")]
    [InlineData("""{"name":"","kind":"village"}""", "name")]
    [InlineData("""{"kind":"village"}""", "name")]
    [InlineData("""{"name":"-- !","kind":"village"}""", "name")]
    [InlineData("""{"name":"A planet","kind":"planet"}""", "kind")]
    [InlineData("""{"name":"Homeless village","kind":"village","parentId":null}""", "parentId")]
    [InlineData("""{"name":"Orphan village","kind":"village","parentId":999999}""", "parentId")]
    [InlineData("""{"name":"Second Kobanî","kind":"village","aliases":["kobani"]}""", "aliases")]
    [InlineData("""{"name":"Second Sinjar","kind":"village","aliases":["Şengal"]}""", "aliases")]
    public async Task Create_BreakingARule_Returns400NamingTheMember(string json, string member)
    {
        var body = JsonNode.Parse(json)!.AsObject();
        if (!body.ContainsKey("parentId"))
        {
            body["parentId"] = (await client.PlaceAsync("Syria")).Id;
        }

        using var response = await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/places", body);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor(member));
    }
}
