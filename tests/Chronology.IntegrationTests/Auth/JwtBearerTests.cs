using System.Net;
using System.Net.Http.Headers;
using Chronology.Application.Forces;
using Chronology.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Chronology.IntegrationTests.Auth;

/// <summary>
/// Bearer tokens where <c>Auth:Jwt:Authority</c> is set, through the service's own JWT setup (audience,
/// role claim, editor policy). Only the issuer's discovery document is stood in for: the test hands the
/// handler the issuer's configuration and a signing key instead of fetching them over the network.
/// </summary>
public sealed class JwtBearerTests : IDisposable
{
    private const string Issuer = "https://id.example.org/realms/chronology";
    private const string Audience = "chronology-api";

    private static readonly SymmetricSecurityKey IssuerKey = new(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    private readonly ChronologyApiFactory service = ChronologyApiFactory.With(new()
    {
        ["Auth:Jwt:Authority"] = Issuer,
        ["Auth:Jwt:Audience"] = Audience,
    });

    private readonly WebApplicationFactory<Program> factory;

    public JwtBearerTests()
    {
        factory = service.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, bearer =>
            {
                var configuration = new OpenIdConnectConfiguration { Issuer = Issuer };
                configuration.SigningKeys.Add(IssuerKey);
                bearer.Configuration = configuration;
                bearer.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
            })));
    }

    [Fact]
    public async Task Write_WithATokenCarryingTheEditorRole_Returns201()
    {
        using var response = await PostForceAsync(Token(roles: ["editor"]), "Jwt editor's force");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("Jwt editor's force", (await response.ReadAsync<ForceResponse>()).Name);
    }

    [Fact]
    public async Task Write_WithATokenWithoutTheEditorRole_Returns403()
    {
        using var response = await PostForceAsync(Token(roles: ["reader"]), "Reader's force");

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("another key")]
    [InlineData("another audience")]
    [InlineData("another issuer")]
    [InlineData("expired")]
    public async Task Write_WithATokenTheServiceMustNotTrust_Returns401(string flaw)
    {
        var token = flaw switch
        {
            "another key" => Token(roles: ["editor"], key: new SymmetricSecurityKey(new byte[32])),
            "another audience" => Token(roles: ["editor"], audience: "someone-else"),
            "another issuer" => Token(roles: ["editor"], issuer: "https://id.example.net/"),
            _ => Token(roles: ["editor"], expires: DateTime.UtcNow.AddMinutes(-10)),
        };

        using var response = await PostForceAsync(token, $"Untrusted force ({flaw})");

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    public void Dispose()
    {
        factory.Dispose();
        service.Dispose();
    }

    private async Task<HttpResponseMessage> PostForceAsync(string token, string name)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendJsonAsync(HttpMethod.Post, "/api/v1/forces", new { name, kind = "militia" });
    }

    private static string Token(string[] roles, SecurityKey? key = null, string audience = Audience, string issuer = Issuer, DateTime? expires = null)
    {
        var until = expires ?? DateTime.UtcNow.AddMinutes(10);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = until.AddMinutes(-30),
            IssuedAt = until.AddMinutes(-30),
            Expires = until,
            Claims = new Dictionary<string, object> { ["sub"] = "jwt-editor", ["roles"] = roles },
            SigningCredentials = new SigningCredentials(key ?? IssuerKey, SecurityAlgorithms.HmacSha256),
        });
    }
}
