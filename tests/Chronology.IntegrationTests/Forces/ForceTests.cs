using System.Net;
using System.Text.Json.Nodes;
using Chronology.Application.Forces;
using Chronology.Application.Listing;
using Chronology.IntegrationTests.Infrastructure;

namespace Chronology.IntegrationTests.Forces;

/// <summary>Forces: search, membership, edits, and the rules that keep membership and names sound.</summary>
public sealed class ForceTests(ChronologyApiFactory factory) : IClassFixture<ChronologyApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();
    private readonly HttpClient editor = factory.CreateEditorClient();

    [Theory]
    [InlineData("daesh", "IS")]
    [InlineData("isil", "IS")]
    [InlineData("ypg", "YPG")]
    [InlineData("sengal", "YBŞ")]
    [InlineData("YEKÎNEYÊN PARASTINA JIN", "YPJ")]
    public async Task List_ByText_FindsNamesAbbreviationsAndAliasesIgnoringCaseAndAccents(string q, string abbreviation)
    {
        var page = await client.GetJsonAsync<PagedResponse<ForceResponse>>($"/api/v1/forces?q={Uri.EscapeDataString(q)}");

        Assert.Contains(page.Items, f => f.Abbreviation == abbreviation);
    }

    [Fact]
    public async Task List_ByTextInSeveralNames_ReturnsEachMatchOnce()
    {
        var page = await client.GetJsonAsync<PagedResponse<ForceResponse>>("/api/v1/forces?q=protection%20units");

        Assert.Equal(["YPG", "YPJ"], page.Items.Select(f => f.Abbreviation).Order());
    }

    [Fact]
    public async Task List_ByKind_ReturnsOnlyThatKind()
    {
        var page = await client.GetJsonAsync<PagedResponse<ForceResponse>>("/api/v1/forces?kind=militia&limit=500");

        Assert.All(page.Items, f => Assert.Equal(ForceKind.Militia, f.Kind));
        Assert.Contains(page.Items, f => f.Abbreviation == "YPG");
        Assert.DoesNotContain(page.Items, f => f.Abbreviation == "SDF");
    }

    [Theory]
    [InlineData("kind=navy", "kind")]
    [InlineData("limit=501", "limit")]
    [InlineData("cursor=garbage", "cursor")]
    public async Task List_WithABadParameter_Returns400(string query, string parameter)
    {
        using var response = await client.GetAsync($"/api/v1/forces?{query}");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor(parameter));
    }

    [Fact]
    public async Task Get_ReturnsTheParentAndTheMembers()
    {
        var ypg = await client.GetJsonAsync<ForceResponse>($"/api/v1/forces/{(await client.ForceAsync("YPG")).Id}");
        var sdf = await client.GetJsonAsync<ForceResponse>($"/api/v1/forces/{(await client.ForceAsync("SDF")).Id}");

        Assert.Equal("SDF", ypg.Parent!.Abbreviation);
        Assert.Empty(ypg.Members!);
        Assert.Null(sdf.Parent);
        Assert.Equal(["MMC", "YPG", "YPJ"], sdf.Members!.Select(m => m.Abbreviation!).Order());
    }

    [Fact]
    public async Task Create_ValidForce_Returns201AndIsFoundByItsAlias()
    {
        var sdf = await client.ForceAsync("SDF");
        var body = new { name = "Deir ez-Zor Military Council", abbreviation = "DMC", aliases = new[] { "Meclîsa Leşkerî ya Dêrazorê" }, kind = "council", parentId = sdf.Id };

        using var response = await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/forces", body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("\"1\"", response.Headers.ETag!.Tag);
        var read = await client.GetJsonAsync<ForceResponse>(response.Headers.Location!.ToString());
        Assert.Equal(("DMC", ForceKind.Council, sdf.Id), (read.Abbreviation, read.Kind, read.Parent!.Id));
        var found = await client.GetJsonAsync<PagedResponse<ForceResponse>>("/api/v1/forces?q=meclisa%20leskeri");
        Assert.Equal(read.Id, Assert.Single(found.Items).Id);
    }

    [Fact]
    public async Task Update_ChangesTheForceAndItsVersion()
    {
        var force = await editor.CreateAsync<ForceResponse>("/api/v1/forces", new { name = "Temporary brigade", kind = "armedGroup" });

        using var response = await editor.SendJsonAsync(HttpMethod.Put, $"/api/v1/forces/{force.Id}",
            new { name = "Renamed brigade", abbreviation = "RB", aliases = new[] { "The renamed" }, kind = "militia" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var read = await client.GetJsonAsync<ForceResponse>($"/api/v1/forces/{force.Id}");
        Assert.Equal(("Renamed brigade", "RB", ForceKind.Militia, 2), (read.Name, read.Abbreviation, read.Kind, read.Version));
        Assert.Equal(["The renamed"], read.Aliases);
    }

    [Fact]
    public async Task Delete_UnusedForce_Returns204ThenGetReturns404()
    {
        var force = await editor.CreateAsync<ForceResponse>("/api/v1/forces", new { name = "Short-lived group", kind = "armedGroup" });

        using var response = await editor.DeleteAsync($"/api/v1/forces/{force.Id}");
        using var after = await client.GetAsync($"/api/v1/forces/{force.Id}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await after.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Delete_AForceEventsUse_Returns409ListingThemAndKeepsTheForce()
    {
        var isForce = await client.ForceAsync("IS");
        var massacre = await client.EventAsync("Kobanî massacre");

        using var response = await editor.DeleteAsync($"/api/v1/forces/{isForce.Id}");

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict);
        var usedBy = problem.GetProperty("usedBy");
        Assert.Contains(massacre.Id, usedBy.GetProperty("events").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Contains((await client.ForceAsync("IS-affiliated groups")).Id, usedBy.GetProperty("forces").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/forces/{isForce.Id}")).StatusCode);
    }

    [Fact]
    public async Task Update_MakingSdfAMemberOfItsOwnMember_Returns400AndLeavesSdfAlone()
    {
        var sdf = await client.ForceAsync("SDF");
        var ypg = await client.ForceAsync("YPG");

        using var response = await editor.SendJsonAsync(HttpMethod.Put, $"/api/v1/forces/{sdf.Id}",
            new { sdf.Name, sdf.Abbreviation, sdf.Aliases, kind = "alliance", parentId = ypg.Id });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor("parentId"));
        Assert.Null((await client.GetJsonAsync<ForceResponse>($"/api/v1/forces/{sdf.Id}")).ParentId);
    }

    [Fact]
    public async Task Update_MakingAForceItsOwnParent_Returns400()
    {
        var force = await editor.CreateAsync<ForceResponse>("/api/v1/forces", new { name = "Self-made group", kind = "armedGroup" });

        using var response = await editor.SendJsonAsync(HttpMethod.Put, $"/api/v1/forces/{force.Id}",
            new { name = "Self-made group", kind = "armedGroup", parentId = force.Id });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor("parentId"));
    }

    [Theory]
    [InlineData("""{"name":"","kind":"militia"}""", "name")]
    [InlineData("""{"kind":"militia"}""", "name")]
    [InlineData("""{"name":"A navy","kind":"navy"}""", "kind")]
    [InlineData("""{"name":"No kind"}""", "kind")]
    [InlineData("""{"name":"Orphan unit","kind":"militia","parentId":999999}""", "parentId")]
    [InlineData("""{"name":"Another IS","kind":"jihadistGroup","aliases":["daesh"]}""", "aliases")]
    [InlineData("""{"name":"Long abbreviation","abbreviation":"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789","kind":"militia"}""", "abbreviation")]
    public async Task Create_BreakingARule_Returns400NamingTheMember(string json, string member)
    {
        using var response = await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/forces", JsonNode.Parse(json));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor(member));
    }

    [Fact]
    public async Task Create_WithTheAbbreviationOfAnotherForce_Returns400NamingThatForce()
    {
        using var response = await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/forces", new { name = "Another YPG", abbreviation = "ypg", kind = "militia" });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        var messages = problem.GetProperty("errors").EnumerateObject().SelectMany(e => e.Value.EnumerateArray()).Select(m => m.GetString());
        Assert.Contains(messages, m => m!.Contains("People's Protection Units", StringComparison.Ordinal));
    }
}
