using System.Text.Json;
using Chronology.Application.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Chronology.Api.Common;

/// <summary>
/// The last resort of the problem details writers: it answers application/problem+json whatever the Accept header
/// asks for. The built-in writers decline when Accept excludes JSON (a client that asked for text/csv or
/// image/png), which would leave a 400, 404 or 406 without its explanation; RFC 9110 lets an error answer in a
/// type the client did not ask for.
/// </summary>
public sealed class AnyAcceptProblemDetailsWriter(IOptions<ProblemDetailsOptions> options) : IProblemDetailsWriter
{
    private static readonly JsonSerializerOptions Json = ApiJson.Options;

    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var problem = context.ProblemDetails;
        problem.Status ??= http.Response.StatusCode;
        problem.Title ??= ReasonPhrases.GetReasonPhrase(problem.Status.Value);
        problem.Type ??= problem.Status switch
        {
            >= 400 and <= 422 => $"https://tools.ietf.org/html/rfc9110#section-15.5.{problem.Status - 399}",
            >= 500 and <= 505 => $"https://tools.ietf.org/html/rfc9110#section-15.6.{problem.Status - 499}",
            _ => null,
        };
        options.Value.CustomizeProblemDetails?.Invoke(context);
        return new ValueTask(http.Response.WriteAsJsonAsync(problem, problem.GetType(), Json, "application/problem+json", http.RequestAborted));
    }
}
