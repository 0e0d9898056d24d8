using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace Chronology.Api.Explorer;

/// <summary>
/// The explorer: a static page and its scripts under wwwroot, served at <c>/</c>. Only files that exist
/// are served, so every other path — unknown <c>/api</c> routes included — still ends in the API's
/// problem-details 404.
/// </summary>
public static class ExplorerSetup
{
    /// <summary>What the page may load: its own files and the API on the same origin, nothing inline.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Compression for the explorer's files (its scripts shrink to about a quarter); API answers are left as they are.</summary>
    public static IServiceCollection AddExplorer(this IServiceCollection services)
    {
        services.AddResponseCompression(compression =>
        {
            compression.Providers.Add<BrotliCompressionProvider>();
            compression.Providers.Add<GzipCompressionProvider>();
            compression.MimeTypes = ["text/html", "text/css", "text/javascript", "application/javascript", "application/json", "text/markdown", "text/plain"];
        });
        services.Configure<BrotliCompressionProviderOptions>(brotli => brotli.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(gzip => gzip.Level = CompressionLevel.Fastest);
        return services;
    }

    public static IApplicationBuilder UseExplorer(this IApplicationBuilder app)
    {
        app.UseWhen(http => IsExplorerPath(http.Request.Path), explorer => explorer.UseResponseCompression());
        app.UseDefaultFiles();
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".md"] = "text/markdown; charset=utf-8";
        return app.UseStaticFiles(new StaticFileOptions
        {
            ContentTypeProvider = types,
            // The files keep their names across versions (no fingerprints): revalidate with the ETag every time.
            OnPrepareResponse = file => file.Context.Response.Headers[HeaderNames.CacheControl] = "no-cache",
        });
    }

    /// <summary>True for the paths of the explorer's files, which get the page's policy instead of the API's.</summary>
    public static bool IsExplorerPath(PathString path) =>
        !path.StartsWithSegments("/api") && !path.StartsWithSegments("/health") && !path.StartsWithSegments("/swagger");
}
