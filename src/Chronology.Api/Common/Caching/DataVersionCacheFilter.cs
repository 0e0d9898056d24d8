using System.Security.Cryptography;
using System.Text;
using Chronology.Application.Changes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Chronology.Api.Common.Caching;

/// <summary>
/// Answers that are cheap to ask again. The data version — the position of the latest committed write, which
/// every write transaction moves, on every instance alike — is read first (one indexed lookup). The answer's
/// ETag is that version with a hash of the question (path, query and Accept), so <c>If-None-Match</c> gets a 304
/// for as long as nothing was written; and a recent answer to the same question under the same version is
/// served from memory. An instance never serves an answer older than a write another instance acknowledged:
/// that write moved the version, and the old answer's key no longer matches.
/// </summary>
public sealed class DataVersionCacheFilter(IChangeFeed feed, IMemoryCache cache, IOptions<AnswerCacheOptions> options) : IAsyncResourceFilter
{
    private sealed record Answer(byte[] Body, string? ContentType, string? ContentDisposition);

    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        var http = context.HttpContext;
        var version = await feed.HeadAsync(http.RequestAborted);
        var question = $"{http.Request.Path}{http.Request.QueryString}|{http.Request.Headers.Accept}";
        var etag = $"\"v{version}-{Hash(question)}\"";
        var key = (version, question);

        if (IfNoneMatch(http.Request, etag))
        {
            SetValidators(http.Response, etag);
            context.Result = new StatusCodeResult(StatusCodes.Status304NotModified);
            return;
        }

        if (options.Value.Enabled && cache.TryGetValue(key, out Answer? kept) && kept is not null)
        {
            SetValidators(http.Response, etag);
            if (kept.ContentDisposition is not null)
            {
                http.Response.Headers.ContentDisposition = kept.ContentDisposition;
            }

            context.Result = new FileContentResult(kept.Body, kept.ContentType ?? "application/json");
            return;
        }

        http.Response.OnStarting(() =>
        {
            if (http.Response.StatusCode == StatusCodes.Status200OK)
            {
                SetValidators(http.Response, etag);
            }

            return Task.CompletedTask;
        });

        if (!options.Value.Enabled)
        {
            await next();
            return;
        }

        var original = http.Response.Body;
        var capture = new CapturingStream(original, options.Value.MaxAnswerKilobytes * 1024L);
        http.Response.Body = capture;
        try
        {
            var executed = await next();
            if (executed.Exception is null && http.Response.StatusCode == StatusCodes.Status200OK && capture.Captured is { } body)
            {
                cache.Set(key, new Answer(body, http.Response.ContentType, http.Response.Headers.ContentDisposition.ToString() is { Length: > 0 } d ? d : null),
                    new MemoryCacheEntryOptions { Size = body.Length + 256, SlidingExpiration = TimeSpan.FromMinutes(10) });
            }
        }
        finally
        {
            http.Response.Body = original;
        }
    }

    private static void SetValidators(HttpResponse response, string etag)
    {
        response.Headers.ETag = etag;
        response.Headers.Vary = HeaderNames.Accept;
        response.Headers.CacheControl = "no-cache";
    }

    private static bool IfNoneMatch(HttpRequest request, string etag) =>
        request.Headers.IfNoneMatch.ToString() is { Length: > 0 } header
        && header.Split(',').Select(t => t.Trim()).Any(t => t == "*" || t == etag || t == "W/" + etag);

    private static string Hash(string question) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(question)))[..16];
}

/// <summary>Marks a read whose answers get a data-version ETag and are kept in memory (see <see cref="DataVersionCacheFilter"/>).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CachedByDataVersionAttribute : Attribute, IFilterFactory
{
    public bool IsReusable => false;

    public IFilterMetadata CreateInstance(IServiceProvider serviceProvider) =>
        ActivatorUtilities.CreateInstance<DataVersionCacheFilter>(serviceProvider);
}
