using System.Text;
using Chronology.Application.Errors;
using Chronology.Infrastructure.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Chronology.Api.Common;

/// <summary>
/// The one place exceptions become HTTP answers. Known failures map to their 4xx (a database that cannot take
/// the request now: 503 with Retry-After); anything else is a 500 that carries a trace id and nothing of the exception.
/// </summary>
public sealed class ProblemDetailsExceptionHandler(
    IProblemDetailsService problemDetails,
    IHostApplicationLifetime lifetime,
    ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is no one to answer. 499 is what proxies log for it.
            httpContext.Response.StatusCode = 499;
            return true;
        }

        var problem = exception switch
        {
            // On SIGTERM Kestrel cancels the read of a body still arriving; nothing was stored, so the client may
            // send the same request again (to another instance, or to this one once it is back).
            OperationCanceledException when lifetime.ApplicationStopping.IsCancellationRequested => ShuttingDown(httpContext),
            ValidationException validation => Validation(validation),
            NotFoundException notFound => new ProblemDetails
            {
                Status = StatusCodes.Status404NotFound,
                Title = "Not found.",
                Detail = notFound.Message,
            },
            ConflictException conflict => WithExtensions(new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "The request conflicts with the current data.",
                Detail = conflict.Message,
            }, conflict.Details),
            NotAcceptableException notAcceptable => new ProblemDetails
            {
                Status = StatusCodes.Status406NotAcceptable,
                Type = "https://tools.ietf.org/html/rfc9110#section-15.5.7",
                Title = "The service cannot answer in the media type asked for.",
                Detail = notAcceptable.Message,
            },
            PreconditionFailedException stale => new ProblemDetails
            {
                Status = StatusCodes.Status412PreconditionFailed,
                Title = "The record has changed since you read it.",
                Detail = stale.Message,
            },
            UnprocessableException unprocessable => new ProblemDetails
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = unprocessable.Title,
                Detail = unprocessable.Message,
            },
            UnsupportedMediaTypeException unsupported => new ProblemDetails
            {
                Status = StatusCodes.Status415UnsupportedMediaType,
                Title = "The media type is not supported.",
                Detail = unsupported.Message,
            },
            BadHttpRequestException badRequest => new ProblemDetails
            {
                Status = badRequest.StatusCode,
                Title = badRequest.StatusCode == StatusCodes.Status413PayloadTooLarge
                    ? "The request body is too large."
                    : "The request could not be read.",
                Detail = badRequest.Message,
            },
            // The body is not text in the charset its Content-Type names (e.g. "charset=utf-16" on UTF-8 bytes).
            DecoderFallbackException => new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request could not be read.",
                Detail = "The body is not valid text in the charset its Content-Type names; send UTF-8 JSON.",
            },
            _ when DatabaseProviders.IsTemporarilyUnavailable(exception) => DatabaseBusy(httpContext, exception),
            _ => null,
        };

        if (problem is null)
        {
            logger.LogError(exception, "Unhandled exception on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            problem = new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "An unexpected error occurred.",
                Detail = "The error has been logged. Quote the traceId when you report it.",
            };
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ValidationProblemDetails Validation(ValidationException exception)
    {
        var errors = exception.Errors
            .GroupBy(e => string.IsNullOrEmpty(e.PropertyName) ? "request" : JsonMemberName(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());
        var problem = new ValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request is not valid.",
            Detail = string.Join(" ", errors.SelectMany(e => e.Value).Take(3)),
        };

        var candidates = exception.Errors.Select(e => e.CustomState).OfType<object>().ToList();
        if (candidates.Count > 0)
        {
            problem.Extensions["candidates"] = candidates.Count == 1 ? candidates[0] : candidates;
        }

        return problem;
    }

    // FluentValidation names members in PascalCase paths ("Citations[0].Quote"); clients send camelCase.
    private static string JsonMemberName(string path) =>
        string.Join('.', path.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));

    private static ProblemDetails WithExtensions(ProblemDetails problem, IReadOnlyDictionary<string, object?> extensions)
    {
        foreach (var (key, value) in extensions)
        {
            problem.Extensions[key] = value;
        }

        return problem;
    }

    private ProblemDetails DatabaseBusy(HttpContext httpContext, Exception exception)
    {
        logger.LogWarning("Database unavailable on {Method} {Path}: {Reason}", httpContext.Request.Method, httpContext.Request.Path, exception.Message);
        httpContext.Response.Headers.RetryAfter = "2";
        return new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "The database cannot take the request now.",
            Detail = "The database has no free connection or is locked by another writer; nothing was stored. Send the request again in a moment.",
        };
    }

    private static ProblemDetails ShuttingDown(HttpContext httpContext)
    {
        httpContext.Response.Headers.RetryAfter = "5";
        return new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "The service is shutting down.",
            Detail = "The request was not carried out: its body was still arriving when the service began to stop. Send it again.",
        };
    }
}
