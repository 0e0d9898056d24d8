using System.Net;
using System.Text.Json.Nodes;
using Chronology.Application.Events;
using Chronology.Application.Forces;
using Chronology.Application.Places;
using Chronology.Application.Sources;
using Chronology.IntegrationTests.Infrastructure;

namespace Chronology.IntegrationTests.Text;

/// <summary>
/// Text that looks the same is stored the same: every text member in normalisation form C; names,
/// aliases and titles without invisible or direction-control characters; one place under one name
/// inside one parent.
/// </summary>
public sealed class TextInputTests(ChronologyApiFactory factory) : IClassFixture<ChronologyApiFactory>
{
    private const string DecomposedKobani = "Kobani\u0302";

    private readonly HttpClient client = factory.CreateClient();
    private readonly HttpClient editor = factory.CreateEditorClient();

    [Fact]
    public async Task CreatePlace_KobaniInDecomposedFormUnderSyria_Returns409NamingTheSeededKobani_AndTheFilterStillWorks()
    {
        var kobani = await client.PlaceAsync("Kobanî");
        var syria = await client.PlaceAsync("Syria");
        Assert.NotEqual("Kobanî", DecomposedKobani);

        using var response = await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/places", new { name = DecomposedKobani, kind = "city", parentId = syria.Id });

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(kobani.Id, problem.GetProperty("existing").GetProperty("id").GetInt32());
        Assert.Equal("Kobanî", problem.GetProperty("existing").GetProperty("name").GetString());
        Assert.Contains($"Place {kobani.Id} (Kobanî, city)", problem.GetProperty("detail").GetString());
        using var events = await client.GetAsync($"/api/v1/events?place={Uri.EscapeDataString("Kobanî")}");
        Assert.Equal(HttpStatusCode.OK, events.StatusCode);
        Assert.NotEmpty((await events.ReadAsync<Application.Listing.PagedResponse<EventResponse>>()).Items);
        Assert.Single((await client.GetJsonAsync<Application.Listing.PagedResponse<PlaceResponse>>("/api/v1/places?q=kobani&kind=city")).Items);
    }

    [Fact]
    public async Task CreatePlace_WithTheNameOfAPlaceInsideTheSameParent_Returns409()
    {
        var canton = await client.PlaceAsync("Kobanî canton");
        var kobani = await client.PlaceAsync("Kobanî");

        using var byAlias = await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/places", new { name = "AYN AL ARAB", kind = "town", parentId = canton.Id });

        var problem = await byAlias.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(kobani.Id, problem.GetProperty("existing").GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task CreatePlace_ANamesakeUnderAnotherParent_Returns201()
    {
        var iraq = await client.PlaceAsync("Iraq");

        var namesake = await editor.CreatePlaceAsync("Manbij", "town", iraq.Id);

        Assert.Equal("Manbij", namesake.Name);
        using var ambiguous = await client.GetAsync("/api/v1/events?place=manbij");
        var problem = await ambiguous.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(namesake.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), problem.ErrorsFor("place")[0]);
    }

    [Fact]
    public async Task UpdatePlace_KeepingItsOwnName_IsNotAConflictWithItself()
    {
        var jazeera = await client.PlaceAsync("al-Jazeera region");
        var created = await editor.CreatePlaceAsync("Tel Nasri", "village", jazeera.Id);

        using var response = await editor.SendJsonAsync(HttpMethod.Put, $"/api/v1/places/{created.Id}",
            new { name = "Tel Nasri", aliases = new[] { "Tal Nasri" }, kind = "village", parentId = jazeera.Id }, "\"1\"");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/places", "name", "Kob\u200Banî", "U+200B ZERO WIDTH SPACE", 3)]
    [InlineData("/api/v1/places", "aliases[0]", "Kobani\u2066x\u2069", "U+2066 LEFT-TO-RIGHT ISOLATE", 6)]
    [InlineData("/api/v1/forces", "name", "\u202ESDF", "U+202E RIGHT-TO-LEFT OVERRIDE", 0)]
    [InlineData("/api/v1/forces", "abbreviation", "\uFEFFSDF", "U+FEFF ZERO WIDTH NO-BREAK SPACE", 0)]
    [InlineData("/api/v1/forces", "aliases[0]", "Syrian\u00ADDemocratic", "U+00AD SOFT HYPHEN", 6)]
    [InlineData("/api/v1/events", "title", "Two\nlines", "U+000A LINE FEED", 3)]
    [InlineData("/api/v1/sources", "title", "Tab\there", "U+0009 CHARACTER TABULATION", 3)]
    [InlineData("/api/v1/sources", "publisher", "ANHA\u200F", "U+200F RIGHT-TO-LEFT MARK", 4)]
    public async Task Create_WithAnInvisibleCharacterInAName_Returns400NamingTheCharacterAndWhere(
        string path, string member, string value, string character, int index)
    {
        var body = await ValidBodyAsync(path);
        if (member.EndsWith("[0]", StringComparison.Ordinal))
        {
            body[member[..^3]] = new JsonArray(value);
        }
        else
        {
            body[member] = value;
        }

        using var response = await editor.SendJsonAsync(HttpMethod.Post, path, body);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        var message = Assert.Single(problem.ErrorsFor(member));
        Assert.Contains($"{character} at index {index}", message);
        Assert.Equal(before, await CountAsync(path));
    }

    [Fact]
    public async Task Create_WithAZeroWidthNonJoinerInsideAPersianName_Returns201()
    {
        const string khorramabad = "\u062E\u0631\u0645\u200C\u0622\u0628\u0627\u062F";
        var iran = await editor.CreatePlaceAsync("Iran (text tests)", "country", null);

        var place = await editor.CreatePlaceAsync(khorramabad, "city", iran.Id);

        Assert.Equal(khorramabad, place.Name);
    }

    [Fact]
    public async Task Create_WithDecomposedText_StoresEveryTextMemberComposed()
    {
        var iraq = await client.PlaceAsync("Iraq");
        var place = await editor.CreatePlaceAsync("S\u0327ehre\u0302 Nu\u0302", "town", iraq.Id, "Shaqlawa\u0308");
        var force = await editor.CreateAsync<ForceResponse>("/api/v1/forces",
            new { name = "Yeki\u0302ne\u0302yên Test", abbreviation = "YU\u0308", aliases = new[] { "Te\u0301st Units" }, kind = "militia" });
        var source = await editor.CreateAsync<SourceResponse>("/api/v1/sources",
            new { title = "Rapo\u0302r", publisher = "Ajansa\u0302 Nu\u0302c\u0327e", language = "ku", text = "Li Kobani\u0302 s\u0327er\u0302 dest pe\u0302 kir.\n\tDu ru\u0302pel." });
        var body = TestData.EventBody(place.Id, force.Id, source.Id, "S\u0327er li Kobani\u0302", "Li Kobani\u0302 s\u0327er\u0302");
        body["summary"] = "Se\u0301cond\tline\nthird line";
        body["notes"] = "Note\u0308s";
        body["dateText"] = "Ni\u0302san 2016";
        var created = await editor.CreateEventAsync(body);

        var stored = await client.GetJsonAsync<EventResponse>($"/api/v1/events/{created.Id}");
        var storedPlace = await client.GetJsonAsync<PlaceResponse>($"/api/v1/places/{place.Id}");
        var storedForce = await client.GetJsonAsync<ForceResponse>($"/api/v1/forces/{force.Id}");
        var storedSource = await client.GetJsonAsync<SourceResponse>($"/api/v1/sources/{source.Id}");
        Assert.Equal(["\u015Eehr\u00EA N\u00FB", "Shaqlaw\u00E4"], [storedPlace.Name, .. storedPlace.Aliases], StringComparer.Ordinal);
        Assert.Equal(["Yek\u00EEn\u00EAy\u00EAn Test", "Y\u00DC", "T\u00E9st Units"], [storedForce.Name, storedForce.Abbreviation!, .. storedForce.Aliases], StringComparer.Ordinal);
        Assert.Equal(["Rap\u00F4r", "Ajans\u00E2 N\u00FB\u00E7e", "Li Koban\u00EE \u015Fer\u0302 dest p\u00EA kir.\n\tDu r\u00FBpel."],
            [storedSource.Title, storedSource.Publisher!, storedSource.Text!], StringComparer.Ordinal);
        Assert.Equal(["\u015Eer li Koban\u00EE", "S\u00E9cond\tline\nthird line", "Not\u00EBs", "N\u00EEsan 2016", "Li Koban\u00EE \u015Fer\u0302"],
            [stored.Title, stored.Summary, stored.Notes!, stored.DateText!, stored.Citations.Single().Quote], StringComparer.Ordinal);
    }

    [Fact]
    public async Task CreateEvent_WithAComposedQuoteOfADecomposedSourceText_MatchesBecauseBothAreStoredComposed()
    {
        var source = await editor.CreateAsync<SourceResponse>("/api/v1/sources",
            new { title = "Decomposed text", language = "en", text = "Fighting in Kobani\u0302 began on 15 September 2014." });
        var body = await editor.NewEventBodyAsync("Composed quote");
        body["citations"] = new JsonArray(new JsonObject { ["sourceId"] = source.Id, ["quote"] = "Fighting in Kobanî began" });

        var created = await editor.CreateEventAsync(body);

        Assert.Equal("Fighting in Kobanî began", created.Citations.Single().Quote);
    }

    private int before;

    private async Task<int> CountAsync(string path) =>
        (await client.GetJsonAsync<JsonObject>($"{path}?limit=500"))["items"]!.AsArray().Count;

    private async Task<JsonObject> ValidBodyAsync(string path)
    {
        before = await CountAsync(path);
        return path switch
        {
            "/api/v1/events" => await editor.NewEventBodyAsync("Text input test"),
            "/api/v1/places" => new JsonObject { ["name"] = "Text input place", ["kind"] = "village", ["parentId"] = (await editor.PlaceAsync("Tel Hamis")).Id },
            "/api/v1/forces" => new JsonObject { ["name"] = "Text input force", ["kind"] = "militia" },
            _ => new JsonObject { ["title"] = "Text input source", ["language"] = "en", ["text"] = "Some text." },
        };
    }
}
