using Chronology.Application.Writing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Chronology.Api.Auth;

/// <summary>Public reads; writes for callers with the editor role, by API key or, where configured, JWT.</summary>
public static class AuthSetup
{
    public const string EditorPolicy = "editor";
    public const string EditorRole = "editor";

    public static IServiceCollection AddChronologyAuth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var jwt = configuration.GetSection($"{AuthOptions.SectionName}:Jwt").Get<JwtOptions>() ?? new JwtOptions();
        var schemes = new List<string> { ApiKeyAuthenticationHandler.SchemeName };

        var authentication = services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        if (!string.IsNullOrWhiteSpace(jwt.Authority))
        {
            authentication.AddJwtBearer(bearer =>
            {
                bearer.Authority = jwt.Authority;
                bearer.Audience = jwt.Audience;
                bearer.MapInboundClaims = false;
                bearer.TokenValidationParameters.RoleClaimType = jwt.RoleClaim;
                bearer.TokenValidationParameters.NameClaimType = "sub";
            });
            schemes.Add(JwtBearerDefaults.AuthenticationScheme);
        }

        services.AddAuthorizationBuilder().AddPolicy(EditorPolicy, policy => policy
            .AddAuthenticationSchemes([.. schemes])
            .RequireAuthenticatedUser()
            .RequireRole(EditorRole));

        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentEditor, HttpCurrentEditor>();
        return services;
    }

    private sealed class HttpCurrentEditor(IHttpContextAccessor http) : ICurrentEditor
    {
        public string Name => http.HttpContext?.User.Identity?.Name ?? "anonymous";
    }
}
