using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Chronology.Infrastructure.Idempotency;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.Extensions.Options;

namespace Chronology.Api.Common;

/// <summary>
/// Honours an <c>Idempotency-Key</c> header on a create: the first request with a key runs; a retry
/// with the same key and body gets the first answer again and creates nothing; the same key with another
/// body is a 422; a retry while the first is still running is a 409.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class IdempotentAttribute : Attribute, IAsyncActionFilter
{
    public const string HeaderName = "Idempotency-Key";

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var http = context.HttpContext;
        var key = http.Request.Headers[HeaderName].ToString();
        if (key.Length == 0)
        {
            await next();
            return;
        }

        if (key.Length > 200 || key.Any(char.IsControl))
        {
            context.Result = Problem(http, StatusCodes.Status400BadRequest, "The Idempotency-Key header is not valid.", "Use up to 200 printable characters, e.g. a UUID.");
            return;
        }

        var store = http.RequestServices.GetRequiredService<IIdempotencyStore>();
        var json = http.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Mvc.JsonOptions>>().Value.JsonSerializerOptions;
        var scope = $"{http.User.Identity?.Name}|{http.Request.Path}";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(context.ActionArguments.Values.Where(v => v is not CancellationToken), json))));
        var (state, stored) = await store.BeginAsync(scope, key, hash, http.RequestAborted);
        switch (state)
        {
            case IdempotencyState.Completed:
                http.Response.Headers["Idempotent-Replayed"] = "true";
                if (stored!.Location is not null)
                {
                    http.Response.Headers.Location = stored.Location;
                }

                if (stored.ETag is not null)
                {
                    http.Response.Headers.ETag = stored.ETag;
                }

                context.Result = new ContentResult { StatusCode = stored.StatusCode, Content = stored.Body, ContentType = "application/json; charset=utf-8" };
                return;
            case IdempotencyState.InFlight:
                context.Result = Problem(http, StatusCodes.Status409Conflict, "A request with this Idempotency-Key is still being processed.", "Wait for it to finish, then retry to get its answer.");
                return;
            case IdempotencyState.Mismatch:
                context.Result = Problem(http, StatusCodes.Status422UnprocessableEntity, "This Idempotency-Key was already used with a different request body.", "Use a new key for a new request.");
                return;
        }

        var executed = await next();
        if (executed.Exception is null && executed.Result is ObjectResult { StatusCode: >= 200 and < 300 } result)
        {
            var body = JsonSerializer.Serialize(result.Value, json);
            var location = (result as CreatedResult)?.Location;
            await store.CompleteAsync(scope, key, new StoredResponse(result.StatusCode!.Value, location, http.Response.Headers.ETag.ToString(), body), CancellationToken.None);
        }
        else
        {
            await store.ReleaseAsync(scope, key, CancellationToken.None);
        }
    }

    private static ObjectResult Problem(HttpContext http, int status, string title, string detail) =>
        new(http.RequestServices.GetRequiredService<ProblemDetailsFactory>().CreateProblemDetails(http, status, title, detail: detail))
        {
            StatusCode = status,
            ContentTypes = { "application/problem+json" },
        };
}
