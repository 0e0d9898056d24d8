using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Chronology.Api.Common;

/// <summary>How every error leaves the service: RFC 9457 problem details with a trace id.</summary>
public static class ProblemResponses
{
    /// <summary>Adds the trace id, the path, and for bare status codes a sentence on what to do.</summary>
    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        problem.Extensions["traceId"] = TraceId(context.HttpContext);
        problem.Instance ??= context.HttpContext.Request.Path;
        problem.Detail ??= problem.Status switch
        {
            StatusCodes.Status401Unauthorized => "Writes need an editor API key in the X-Api-Key header (or a bearer token where configured); this request had none, or one that is not valid.",
            StatusCodes.Status403Forbidden => "The API key is valid but does not carry the editor role that writes need.",
            StatusCodes.Status404NotFound => "There is nothing at this address. The API lives under /api/v1; see /swagger for every endpoint.",
            StatusCodes.Status405MethodNotAllowed => "This address does not accept this HTTP method; see /swagger for the methods it does.",
            StatusCodes.Status415UnsupportedMediaType => "Send the body as JSON with the header Content-Type: application/json.",
            _ => null,
        };
    }

    /// <summary>
    /// Binding failures (a query value of the wrong type, a body that is not JSON or not the right
    /// shape) as a 400 whose messages name the member but never the .NET types behind it.
    /// </summary>
    public static IActionResult FromModelState(ActionContext context)
    {
        var entries = context.ModelState.Where(entry => entry.Value is { Errors.Count: > 0 }).ToList();

        // A body that is not JSON also leaves "the request field is required"; the JSON error says more.
        if (entries.Count > 1)
        {
            entries.RemoveAll(entry => entry.Key == "request");
        }

        var errors = entries.ToDictionary(
            entry => MemberName(entry.Key),
            entry => entry.Value!.Errors.Select(e => Describe(entry.Key, e)).Distinct().ToArray());

        var problem = new ValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request is not valid.",
            Detail = "See 'errors' for what to fix in each member.",
            Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
            Instance = context.HttpContext.Request.Path,
        };
        problem.Extensions["traceId"] = TraceId(context.HttpContext);
        return new BadRequestObjectResult(problem) { ContentTypes = { "application/problem+json" } };
    }

    // The W3C id of the request's activity; the server's request id for a request ASP.NET Core started none for.
    private static string TraceId(HttpContext http) => Activity.Current?.Id ?? http.TraceIdentifier;

    private static string MemberName(string key)
    {
        var name = key.StartsWith("$.", StringComparison.Ordinal) ? key[2..] : key.TrimStart('$');
        return name.Length == 0 ? "body" : char.ToLowerInvariant(name[0]) + name[1..];
    }

    // Keys that start with '$' are JSON paths: their messages are the JSON reader's own ("'/' is an invalid
    // start of a value. Path: $ | LineNumber: 0 | BytePositionInLine: 0."), and never go out as written.
    private static string Describe(string key, Microsoft.AspNetCore.Mvc.ModelBinding.ModelError error)
    {
        if (key.Length == 0 || key.StartsWith('$') || error.Exception is not null || error.ErrorMessage.Contains("System.", StringComparison.Ordinal)
            || error.ErrorMessage.Contains("JSON", StringComparison.Ordinal))
        {
            return key.Length == 0 || key == "$"
                ? "The body must be a JSON object of the documented shape."
                : $"'{MemberName(key)}' has a value of the wrong type or format (dates are YYYY-MM-DD, numbers plain JSON numbers, lists JSON arrays).";
        }

        return error.ErrorMessage.Length == 0 ? "The value is not valid." : error.ErrorMessage;
    }
}
