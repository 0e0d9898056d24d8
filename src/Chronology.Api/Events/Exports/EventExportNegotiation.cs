using Chronology.Api.Common;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.Net.Http.Headers;

namespace Chronology.Api.Events.Exports;

/// <summary>
/// Chooses the representation of <c>GET /api/v1/events</c>: the <c>format</c> parameter when given, else the
/// <c>Accept</c> header (by quality, first listed first); null means the JSON page.
/// </summary>
public static class EventExportNegotiation
{
    public const string JsonFormat = "json";

    private static readonly string[] JsonMediaTypes = ["application/json", "text/json"];

    /// <summary>Every value <c>format</c> takes.</summary>
    public static IEnumerable<string> FormatNames => EventExportFormat.All.Select(f => f.Name).Prepend(JsonFormat);

    /// <summary>Every media type an Accept header can ask for.</summary>
    public static IEnumerable<string> MediaTypes =>
        JsonMediaTypes.Take(1).Concat(EventExportFormat.All.Select(f => f.MediaType).OfType<string>());

    /// <summary>The export asked for, or null for the JSON page. An unknown format is a 400; an Accept that nothing here satisfies, a 406.</summary>
    public static EventExportFormat? Choose(string? format, HttpRequest request)
    {
        // The answer depends on Accept: caches must not hand a CSV to a client that asked for JSON.
        request.HttpContext.Response.Headers.Vary = HeaderNames.Accept;
        if (!string.IsNullOrWhiteSpace(format))
        {
            return ByName(format.Trim());
        }

        var accept = request.Headers.Accept;
        if (accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
        {
            return null;
        }

        foreach (var range in ranges.Where(r => (r.Quality ?? 1) > 0).OrderByDescending(r => r.Quality ?? 1))
        {
            if (JsonMediaTypes.Any(json => new MediaTypeHeaderValue(json).IsSubsetOf(range)))
            {
                return null;
            }

            var export = EventExportFormat.All.FirstOrDefault(f => f.MediaType is { } type && new MediaTypeHeaderValue(type).IsSubsetOf(range));
            if (export is not null)
            {
                return export;
            }
        }

        throw new NotAcceptableException(
            $"GET /api/v1/events answers in {string.Join(", ", MediaTypes)}; the Accept header asks for none of them. "
            + $"Ask for one of those, or name a format: ?format={string.Join("|", FormatNames)}.");
    }

    private static EventExportFormat? ByName(string format)
    {
        if (string.Equals(format, JsonFormat, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var export = EventExportFormat.All.FirstOrDefault(f => string.Equals(f.Name, format, StringComparison.OrdinalIgnoreCase));
        if (export is not null)
        {
            return export;
        }

        var shown = format.Length > 40 ? format[..40] + "…" : format;
        throw new ValidationException([new ValidationFailure("format",
            $"'{shown}' is not a valid format. Valid values: {string.Join(", ", FormatNames)}.")]);
    }
}
