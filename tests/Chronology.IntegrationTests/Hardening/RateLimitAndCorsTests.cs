using System.Net;
using Chronology.IntegrationTests.Infrastructure;

namespace Chronology.IntegrationTests.Hardening;

/// <summary>Unrestricted resource consumption and misconfiguration: limits per client, CORS from an allow-list.</summary>
public sealed class RateLimitAndCorsTests : IDisposable
{
    private readonly ChronologyApiFactory factory = ChronologyApiFactory.With(new()
    {
        ["RateLimiting:Enabled"] = "true",
        ["RateLimiting:PermitLimit"] = "5",
        ["RateLimiting:WindowSeconds"] = "60",
        ["Cors:AllowedOrigins:0"] = "https://maps.example.org",
    });

    [Fact]
    public async Task AClientOverItsLimit_Gets429WithRetryAfter_WhileAnotherClientStillGetsThrough()
    {
        var client = factory.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            (await client.GetAsync("/api/v1/sources")).EnsureSuccessStatusCode();
        }

        using var limited = await client.GetAsync("/api/v1/sources");
        using var editor = await factory.CreateEditorClient().GetAsync("/api/v1/sources");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(int.Parse(limited.Headers.GetValues("Retry-After").Single()) > 0);
        Assert.Equal(429, (await limited.ReadProblemAsync()).GetProperty("status").GetInt32());
        Assert.Equal(HttpStatusCode.OK, editor.StatusCode);
    }

    [Theory]
    [InlineData(true, HttpStatusCode.OK)]
    [InlineData(false, HttpStatusCode.TooManyRequests)]
    public async Task TheLimit_IsPerClientAddress_TakenFromXForwardedForOnlyWhenTrusted(bool trusted, HttpStatusCode secondAddress)
    {
        using var service = ChronologyApiFactory.With(new()
        {
            ["RateLimiting:Enabled"] = "true",
            ["RateLimiting:PermitLimit"] = "5",
            ["RateLimiting:WindowSeconds"] = "60",
            ["Proxy:TrustForwardedHeaders"] = trusted ? "true" : "false",
        });
        var client = service.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await GetFromAsync(client, "203.0.113.1")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await GetFromAsync(client, "203.0.113.1")).StatusCode);
        Assert.Equal(secondAddress, (await GetFromAsync(client, "203.0.113.2")).StatusCode);
    }

    [Fact]
    public async Task HealthChecks_AreNotRateLimited()
    {
        var client = factory.CreateClient();
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        }
    }

    [Theory]
    [InlineData("https://maps.example.org", true)]
    [InlineData("https://evil.example.com", false)]
    public async Task Cors_AllowsOnlyConfiguredOrigins(string origin, bool allowed)
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/events");
        preflight.Headers.Add("Origin", origin);
        preflight.Headers.Add("Access-Control-Request-Method", "PUT");
        preflight.Headers.Add("Access-Control-Request-Headers", "X-Api-Key, If-Match");

        using var response = await factory.CreateClient().SendAsync(preflight);

        Assert.Equal(allowed, response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) && values.Single() == origin);
    }

    public void Dispose() => factory.Dispose();

    private static async Task<HttpResponseMessage> GetFromAsync(HttpClient client, string address)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/sources");
        request.Headers.Add("X-Forwarded-For", address);
        return await client.SendAsync(request);
    }
}
