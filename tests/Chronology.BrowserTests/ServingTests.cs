using System.Net;
using Chronology.BrowserTests.Infrastructure;

namespace Chronology.BrowserTests;

/// <summary>The explorer's files beside the API: served at /, with the page's own policy, and no change to the API's answers.</summary>
public sealed class ServingTests(ExplorerServer server) : IClassFixture<ExplorerServer>
{
    private readonly HttpClient client = new() { BaseAddress = server.BaseAddress };

    [Fact]
    public async Task Root_ServesThePage_WithItsContentSecurityPolicy()
    {
        using var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownApiPath_IsStillAProblemDetails404()
    {
        using var response = await client.GetAsync("/api/v1/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("default-src 'none'; frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task SwaggerUi_StaysAtSwagger()
    {
        using var response = await client.GetAsync("/swagger/index.html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("swagger", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task VendoredLibraries_AreServedWithTheirLicences()
    {
        foreach (var path in new[] { "vendor/vis-timeline/vis-timeline-graph2d.min.js", "vendor/leaflet/leaflet.js", "vendor/leaflet/LICENSE.txt", "vendor/world-atlas/countries-110m.json", "THIRD-PARTY-NOTICES.md" })
        {
            using var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
        }
    }
}
