using System.Net;
using System.Text.Json.Nodes;
using Chronology.IntegrationTests.Infrastructure;

namespace Chronology.IntegrationTests.Events;

/// <summary>
/// Each rule an event body must meet, broken one at a time in an otherwise valid body. The patches'
/// <c>$place</c>, <c>$force</c> and <c>$source</c> stand for seeded ids found through the API.
/// </summary>
public sealed class EventValidationTests(ChronologyApiFactory factory) : IClassFixture<ChronologyApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();
    private readonly HttpClient editor = factory.CreateEditorClient();

    [Theory]
    [InlineData("""{"title":null}""", "title", null)]
    [InlineData("""{"title":"  "}""", "title", null)]
    [InlineData("""{"summary":null}""", "summary", null)]
    [InlineData("""{"start":null}""", "start", null)]
    [InlineData("""{"start":"2016-04-10","end":"2016-04-09"}""", "end", null)]
    [InlineData("""{"start":"2015-05-06","precision":"month"}""", "start", null)]
    [InlineData("""{"start":"2015-05-01","precision":"year"}""", "start", null)]
    [InlineData("""{"precision":"week"}""", "precision", null)]
    [InlineData("""{"fatalities":-1}""", "fatalities", null)]
    [InlineData("""{"type":"skirmish"}""", "type", "liberation")]
    [InlineData("""{"type":null}""", "type", null)]
    [InlineData("""{"places":[]}""", "places", null)]
    [InlineData("""{"places":null}""", "places", null)]
    [InlineData("""{"forces":[]}""", "forces", null)]
    [InlineData("""{"forces":null}""", "forces", null)]
    [InlineData("""{"citations":[]}""", "citations", null)]
    [InlineData("""{"citations":null}""", "citations", null)]
    [InlineData("""{"places":[{"id":$place},{"id":999999},{"id":999998}]}""", "places", "999999")]
    [InlineData("""{"forces":[{"id":999999,"role":"target"}]}""", "forces", "999999")]
    [InlineData("""{"forces":[{"id":$force,"role":"bystander"}]}""", "forces[0].role", "initiator")]
    [InlineData("""{"forces":[{"id":$force,"role":null}]}""", "forces[0].role", null)]
    [InlineData("""{"citations":[{"sourceId":999999,"quote":"anything"}]}""", "citations[0].sourceId", "999999")]
    [InlineData("""{"citations":[{"sourceId":$source,"quote":"IS was never defeated anywhere."}]}""", "citations[0].quote", null)]
    [InlineData("""{"citations":[{"sourceId":$source,"quote":"the resistance of kobanî was a key point"}]}""", "citations[0].quote", null)]
    [InlineData("""{"citations":[{"sourceId":$source,"quote":"The resistance of Kobani was a key point"}]}""", "citations[0].quote", null)]
    [InlineData("""{"citations":[{"sourceId":$source,"quote":""}]}""", "citations[0].quote", null)]
    [InlineData("""{"parentId":999999}""", "parentId", "999999")]
    public async Task Create_BreakingOneRule_Returns400NamingTheMember(string patch, string member, string? mentioned)
    {
        var body = await BodyAsync(patch);
        var before = await editor.EventIdsAsync("");

        using var response = await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/events", body);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        var messages = problem.ErrorsFor(member);
        Assert.NotEmpty(messages);
        if (mentioned is not null)
        {
            Assert.Contains(mentioned, string.Join(" ", messages));
        }

        Assert.Equal(before, await editor.EventIdsAsync(""));
    }

    [Fact]
    public async Task Create_WithSeveralUnknownIds_NamesEachMissingId()
    {
        var body = await BodyAsync("""{"places":[{"id":999991},{"id":999992}],"forces":[{"id":999993,"role":"target"}]}""");

        using var response = await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/events", body);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        var places = string.Join(" ", problem.ErrorsFor("places"));
        Assert.Contains("999991", places);
        Assert.Contains("999992", places);
        Assert.Contains("999993", string.Join(" ", problem.ErrorsFor("forces")));
    }

    [Fact]
    public async Task Update_BreakingARule_Returns400AndLeavesTheEventUnchanged()
    {
        var created = await editor.CreateEventAsync(await BodyAsync("{}"));

        using var response = await editor.SendJsonAsync(HttpMethod.Put, $"/api/v1/events/{created.Id}", await BodyAsync("""{"title":"","fatalities":-5}"""));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor("title"));
        Assert.NotEmpty(problem.ErrorsFor("fatalities"));
        var read = await client.GetJsonAsync<Application.Events.EventResponse>($"/api/v1/events/{created.Id}");
        Assert.Equal(created.Title, read.Title);
        Assert.Equal(created.Version, read.Version);
    }

    [Fact]
    public async Task Create_WithAWrongTypeOfValue_Returns400WithoutDotNetTypeNames()
    {
        var body = await BodyAsync("""{"start":"27 February 2015","fatalities":"many"}""");

        using var response = await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/events", body);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.TryGetProperty("errors", out _), problem.ToString());
        Assert.DoesNotContain("System.", problem.ToString());
        Assert.DoesNotContain("Chronology.", problem.ToString());
    }

    private async Task<JsonObject> BodyAsync(string patch)
    {
        var body = await client.NewEventBodyAsync("Validation test event");
        var place = body["places"]![0]!["id"]!.GetValue<int>();
        var force = body["forces"]![0]!["id"]!.GetValue<int>();
        var source = body["citations"]![0]!["sourceId"]!.GetValue<int>();
        var changes = JsonNode.Parse(patch.Replace("$place", $"{place}").Replace("$force", $"{force}").Replace("$source", $"{source}"))!.AsObject();
        foreach (var (name, value) in changes)
        {
            body[name] = value?.DeepClone();
        }

        return body;
    }
}
