using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Chronology.Application.Listing;
using Chronology.IntegrationTests.Infrastructure;

namespace Chronology.IntegrationTests.Fuzz;

/// <summary>What the fuzzer found, each pinned by the smallest request that showed it.</summary>
public sealed class FuzzRegressionTests(ChronologyApiFactory factory) : IClassFixture<ChronologyApiFactory>
{
    private readonly HttpClient editor = factory.CreateEditorClient();

    /// <summary>Was a 500: the decoder threw on UTF-8 bytes read as UTF-16 (an odd count leaves half a character).</summary>
    [Theory]
    [InlineData("{\"name\":\"xy\"}")]
    [InlineData("{\"name\":\"x\",\"kind\":\"towns\"}")]
    public async Task Create_WithABodyNotInItsCharset_Returns400Problem(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        Assert.True(bytes.Length % 2 == 1, "The body must have an odd number of bytes.");
        using var content = new ByteArrayContent(bytes);
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=utf-16");

        using var response = await editor.PostAsync("/api/v1/places", content);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Null(ResponseChecks.FindLeak(problem.ToString()));
    }

    /// <summary>Was a 400 that quoted System.Text.Json: "'/' is an invalid start of a value. Path: $ | LineNumber: 0 | BytePositionInLine: 0."</summary>
    [Theory]
    [InlineData("/* comment */ {\"name\":\"x\"}", "body")]
    [InlineData("{'name':'x'}", "body")]
    [InlineData("{\"name\":\"x\",\"lat\":NaN}", "lat")]
    [InlineData("{\"name\":\"x\",\"aliases\":[\"a\"", "aliases")]
    public async Task Create_WithMalformedJson_NamesTheMemberButNotTheJsonReader(string json, string member)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");

        using var response = await editor.PostAsync("/api/v1/places", content);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors").EnumerateObject().ToList();
        Assert.Contains(errors, e => e.Name.StartsWith(member, StringComparison.Ordinal));
        Assert.All(errors.SelectMany(e => e.Value.EnumerateArray()).Select(m => m.GetString()!), message =>
        {
            Assert.DoesNotContain("LineNumber", message);
            Assert.DoesNotContain("BytePositionInLine", message);
            Assert.DoesNotContain("Path: $", message);
        });
    }

    /// <summary>Was a 500: a null item in a list of links threw NullReferenceException inside the validator.</summary>
    [Theory]
    [InlineData("places")]
    [InlineData("forces")]
    [InlineData("citations")]
    public async Task CreateEvent_WithANullLink_Returns400NamingTheItem(string list)
    {
        var body = await editor.NewEventBodyAsync("Null link");
        body[list]!.AsArray().Add(null);

        using var response = await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/events", body);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("not null", Assert.Single(problem.ErrorsFor($"{list}[1]")));
    }

    /// <summary>Was a 500 on PostgreSQL ("invalid byte sequence for encoding UTF8: 0x00"); SQLite stored it.</summary>
    [Theory]
    [InlineData("/api/v1/sources", "title")]
    [InlineData("/api/v1/sources", "text")]
    [InlineData("/api/v1/places", "name")]
    [InlineData("/api/v1/forces", "name")]
    [InlineData("/api/v1/events", "summary")]
    public async Task Create_WithANulCharacterInText_Returns400NamingTheMember(string path, string member)
    {
        var body = await ValidBodyAsync(path);
        body[member] = "before\u0000after";

        using var response = await editor.SendJsonAsync(HttpMethod.Post, path, body);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("NUL", Assert.Single(problem.ErrorsFor(member)));
    }

    /// <summary>Was a 500 on PostgreSQL: 200 Hangul syllables fold into 400+ jamo, past the folded name's column.</summary>
    [Theory]
    [InlineData("/api/v1/places", "name", 200)]
    [InlineData("/api/v1/forces", "name", 200)]
    [InlineData("/api/v1/forces", "abbreviation", 32)]
    public async Task Create_WithANameThatFoldsLongerThanItsLimit_Returns400(string path, string member, int limit)
    {
        var body = await ValidBodyAsync(path);
        body[member] = new string('한', limit);

        using var response = await editor.SendJsonAsync(HttpMethod.Post, path, body);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("folded", Assert.Single(problem.ErrorsFor(member)));
    }

    /// <summary>Was a 500 on PostgreSQL: a cursor made by hand, with a valid checksum and a NUL in its name key.</summary>
    [Theory]
    [InlineData("/api/v1/places", "places|||")]
    [InlineData("/api/v1/forces", "forces||")]
    public async Task List_WithAHandMadeCursorHoldingANul_Returns400(string path, string scope)
    {
        var cursor = Cursor.Encode(scope, "kobani\u0000", "1");

        using var response = await editor.GetAsync($"{path}?cursor={cursor}");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor("cursor"));
    }

    [Fact]
    public async Task UpdateEvent_WithOnlyNullLinks_Returns400()
    {
        var body = await editor.NewEventBodyAsync("Only null links");
        var id = (await editor.CreateEventAsync(body)).Id;
        body["places"] = new JsonArray(null, null);

        using var response = await editor.SendJsonAsync(HttpMethod.Put, $"/api/v1/events/{id}", body);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor("places[0]"));
        Assert.NotEmpty(problem.ErrorsFor("places[1]"));
    }

    private async Task<JsonObject> ValidBodyAsync(string path) => path switch
    {
        "/api/v1/events" => await editor.NewEventBodyAsync("Fuzz regression"),
        "/api/v1/places" => new JsonObject { ["name"] = "Fuzz regression place", ["kind"] = "village", ["parentId"] = (await editor.PlaceAsync("Tel Hamis")).Id },
        "/api/v1/forces" => new JsonObject { ["name"] = "Fuzz regression force", ["kind"] = "militia" },
        _ => new JsonObject { ["title"] = "Fuzz regression source", ["language"] = "en", ["text"] = "Some text." },
    };
}
