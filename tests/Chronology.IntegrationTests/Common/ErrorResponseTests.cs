using System.Net;
using System.Text;
using Chronology.IntegrationTests.Infrastructure;

namespace Chronology.IntegrationTests.Common;

/// <summary>
/// Every error leaves as RFC 9457 problem details with a trace id, and tells nothing of the .NET inside.
/// Served by Kestrel, not the in-memory test server, which enforces no request body limit.
/// </summary>
public sealed class ErrorResponseTests(ErrorResponseTests.KestrelFactory factory) : IClassFixture<ErrorResponseTests.KestrelFactory>
{
    private readonly HttpClient client = factory.CreateClient();
    private readonly HttpClient editor = factory.CreateEditorClient();

    [Theory]
    [InlineData("/api/v1/nothing-here")]
    [InlineData("/api/v2/events")]
    [InlineData("/api/v1/events/12/extra")]
    [InlineData("/api/v1/events/not-a-number")]
    public async Task UnknownRoute_Returns404Problem(string path)
    {
        using var response = await client.GetAsync(path);

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("events")]
    [InlineData("places")]
    [InlineData("forces")]
    [InlineData("sources")]
    public async Task UnknownId_Returns404ProblemNamingIt(string resource)
    {
        using var response = await client.GetAsync($"/api/v1/{resource}/987654");

        var problem = await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("987654", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("PATCH", "/api/v1/events/{id}")]
    [InlineData("POST", "/api/v1/events/{id}")]
    [InlineData("PUT", "/api/v1/events")]
    [InlineData("DELETE", "/api/v1/places")]
    public async Task WrongMethod_Returns405Problem(string method, string path)
    {
        var id = (await client.EventAsync("Kobanî massacre")).Id;
        using var request = new HttpRequestMessage(new HttpMethod(method), path.Replace("{id}", id.ToString()))
        {
            Content = new StringContent("{}", Encoding.UTF8, "application/json"),
        };

        using var response = await editor.SendAsync(request);

        await response.AssertProblemAsync(HttpStatusCode.MethodNotAllowed);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task WrongMediaType_Returns415Problem(string mediaType)
    {
        using var content = new StringContent("""{"name":"Plain","kind":"village"}""", Encoding.UTF8, mediaType);

        using var response = await editor.PostAsync("/api/v1/places", content);

        await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("/api/v1/events", "{\"title\": \"unterminated")]
    [InlineData("/api/v1/events", "{\"title\": \"x\", \"start\": \"not a date\"}")]
    [InlineData("/api/v1/events", "{\"places\": {\"id\": 1}}")]
    [InlineData("/api/v1/events", "[1, 2, 3]")]
    [InlineData("/api/v1/places", "not json at all")]
    [InlineData("/api/v1/forces", "{\"name\": 12, \"kind\": [] }")]
    [InlineData("/api/v1/sources", "{\"title\": \"x\", \"publishedOn\": \"2015-02-30\"}")]
    public async Task MalformedJson_Returns400ProblemWithoutDotNetTypeNames(string path, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");

        using var response = await editor.PostAsync(path, content);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        var text = problem.ToString();
        Assert.DoesNotContain("System.", text);
        Assert.DoesNotContain("Chronology.", text);
        Assert.DoesNotContain("   at ", text);
    }

    [Fact]
    public async Task EmptyBody_Returns400Problem()
    {
        using var content = new StringContent("", Encoding.UTF8, "application/json");

        using var response = await editor.PostAsync("/api/v1/events", content);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.DoesNotContain("System.", problem.ToString());
    }

    [Fact]
    public async Task OversizedEventBody_Returns413Problem()
    {
        var body = await client.NewEventBodyAsync("Too large");
        body["summary"] = new string('x', 70 * 1024);

        using var response = await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/events", body);

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Empty(await client.EventIdsAsync("q=too%20large"));
    }

    [Fact]
    public async Task OversizedEventBodyWithAContentLength_Returns413Problem()
    {
        var body = await client.NewEventBodyAsync("Too large, announced");
        body["summary"] = new string('x', 70 * 1024);
        using var content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");

        using var response = await editor.PostAsync("/api/v1/events", content);

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task ValidationProblem_ListsErrorsPerMemberWithTitleAndTraceId()
    {
        using var response = await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/events", new { title = "", type = "skirmish" });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        Assert.NotEmpty(problem.ErrorsFor("title"));
        Assert.NotEmpty(problem.ErrorsFor("type"));
    }

    [Fact]
    public async Task BadQueryValue_Returns400ProblemWithoutDotNetTypeNames()
    {
        using var response = await client.GetAsync("/api/v1/events?minFatalities=lots&updatedSince=whenever");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.DoesNotContain("System.", problem.ToString());
        Assert.NotEmpty(problem.ErrorsFor("minFatalities"));
    }

    /// <summary>The service on a real Kestrel server, on a free port.</summary>
    public sealed class KestrelFactory : ChronologyApiFactory
    {
        public KestrelFactory() => UseKestrel(0);
    }
}
