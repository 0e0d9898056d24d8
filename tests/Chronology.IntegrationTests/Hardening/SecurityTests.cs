using System.Net;
using System.Text.Json;
using Chronology.Infrastructure.Persistence;
using Chronology.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chronology.IntegrationTests.Hardening;

/// <summary>OWASP API Security Top 10 (2023) items that apply here; see docs/security.md.</summary>
public sealed class SecurityTests(ChronologyApiFactory factory) : IClassFixture<ChronologyApiFactory>
{
    [Fact]
    public async Task ApiResponses_CarrySecurityHeaders()
    {
        using var response = await factory.CreateClient().GetAsync("/api/v1/events?limit=1");

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("default-src 'none'; frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task EveryServedApiRoute_IsInTheOpenApiDocument()
    {
        using var document = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/swagger/v1/swagger.json"));
        var paths = document.RootElement.GetProperty("paths");
        var routes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("api/", StringComparison.Ordinal))
            .SelectMany(e => e.Metadata.OfType<HttpMethodMetadata>().SelectMany(m => m.HttpMethods)
                .Select(method => (Path: "/" + e.RoutePattern.RawText!.Replace(":int", ""), Method: method.ToLowerInvariant())))
            .ToList();

        Assert.NotEmpty(routes);
        Assert.All(routes, route =>
        {
            Assert.True(paths.TryGetProperty(route.Path, out var item), $"{route.Path} is served but not documented");
            Assert.True(item.TryGetProperty(route.Method, out _), $"{route.Method} {route.Path} is served but not documented");
        });
    }

    [Fact]
    public async Task KeysAreNeverLogged_ButTheEditorsNameIs()
    {
        var log = Path.Combine(Path.GetTempPath(), "chronology-tests", Guid.NewGuid().ToString("N") + ".log");
        var database = TestDatabase.CreateNew();
        using (var service = await ServiceProcess.StartAsync(database, new Dictionary<string, string>
        {
            ["Serilog__MinimumLevel__Default"] = "Debug",
            ["Serilog__WriteTo__1__Name"] = "File",
            ["Serilog__WriteTo__1__Args__path"] = log,
        }))
        {
            await EventBodies.CreateAsync(service.Client, "Logged write");
            using var wrong = new HttpRequestMessage(HttpMethod.Post, "/api/v1/events");
            wrong.Headers.Add("X-Api-Key", "wrong-key-that-must-not-be-logged");
            using var refused = await new HttpClient { BaseAddress = service.Client.BaseAddress }.SendAsync(wrong);
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        database.Drop();
        var text = await File.ReadAllTextAsync(log);
        File.Delete(log);
        Assert.Contains(ChronologyApiFactory.EditorName, text);
        Assert.DoesNotContain(ChronologyApiFactory.EditorKey, text);
        Assert.DoesNotContain("wrong-key-that-must-not-be-logged", text);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Development")]
    [InlineData("Testing")]
    public async Task UnexpectedFailure_Returns500WithATraceIdAndNoInternals_InEveryEnvironment(string environment)
    {
        using var broken = ChronologyApiFactory.With([], environment: environment);
        var client = broken.CreateClient();
        await client.GetAsync("/health/live");
        using (var scope = broken.Services.CreateScope())
        {
            // Break the database under the running service: the next query fails inside EF.
            await scope.ServiceProvider.GetRequiredService<ChronologyDbContext>().Database.ExecuteSqlRawAsync("DROP TABLE \"Citations\"");
        }

        using var response = await client.GetAsync("/api/v1/events");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.True(problem.TryGetProperty("traceId", out _));
        var text = problem.ToString();
        Assert.Equal("An unexpected error occurred.", problem.GetProperty("title").GetString());
        Assert.Equal("The error has been logged. Quote the traceId when you report it.", problem.GetProperty("detail").GetString());
        foreach (var leak in new[] { "Citations", "SQLite", "Npgsql", "System.", "Exception", " at ", "relation", "table" })
        {
            Assert.DoesNotContain(leak, text, StringComparison.OrdinalIgnoreCase);
        }
    }
}
