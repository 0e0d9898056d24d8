using Chronology.Api.Explorer;

namespace Chronology.Api.Common;

/// <summary>The <c>Cors</c> section: browser origins allowed to call the API. Empty: no cross-origin access.</summary>
public sealed class CorsOptions
{
    public const string SectionName = "Cors";

    public string[] AllowedOrigins { get; set; } = [];
}

/// <summary>Response headers that keep browsers from misusing API answers, and CORS from an allow-list.</summary>
public static class SecurityHeaders
{
    public const string CorsPolicy = "configured-origins";

    public static IServiceCollection AddChronologyCors(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = configuration.GetSection(CorsOptions.SectionName).Get<CorsOptions>()?.AllowedOrigins ?? [];
        services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy
            .WithOrigins(origins)
            .WithMethods("GET", "POST", "PUT", "DELETE")
            .WithHeaders("Content-Type", "X-Api-Key", "Authorization", "If-Match", "If-None-Match", "Idempotency-Key")
            .WithExposedHeaders("ETag", "Location", "Retry-After")));
        return services;
    }

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var headers = http.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";

        // Swagger UI needs its own scripts and styles, the explorer its own files and the API; data needs nothing.
        var path = http.Request.Path;
        headers.ContentSecurityPolicy = path.StartsWithSegments("/swagger")
            ? "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; frame-ancestors 'none'"
            : ExplorerSetup.IsExplorerPath(path) ? ExplorerSetup.ContentSecurityPolicy : "default-src 'none'; frame-ancestors 'none'";
        await next();
    });
}
