using System.Globalization;

namespace Chronology.Floor;

/// <summary>
/// GET /api/v1/events and GET /api/v1/events/{id}, with the API's parameter rules for the filters the
/// benchmark uses (from, to, place, force, q, limit, cursor). Other filters are refused with a 400
/// rather than ignored, so the floor never answers a different question.
/// </summary>
public static class EventEndpoints
{
    private static readonly HashSet<string> Supported = ["from", "to", "place", "force", "q", "limit", "cursor", "sort"];

    public static async Task<IResult> ListAsync(HttpRequest request, EventReads reads, NameResolver names, CancellationToken cancellationToken)
    {
        var query = request.Query;
        string? Text(string key) => query.TryGetValue(key, out var v) && !string.IsNullOrEmpty(v.ToString()) ? v.ToString() : null;
        if (query.Keys.FirstOrDefault(k => !Supported.Contains(k)) is { } unsupported)
        {
            return Problem($"The floor does not implement '{unsupported}'.");
        }

        var (from, to, place, force, q) = (Text("from"), Text("to"), Text("place"), Text("force"), Text("q"));
        if (Text("sort") is { } sort && sort != "date")
        {
            return Problem("The floor sorts by date only.");
        }

        DateOnly? fromDate = null, toDate = null;
        if ((from is not null && !TryBound(from, false, out fromDate)) || (to is not null && !TryBound(to, true, out toDate)))
        {
            return Problem("'from' and 'to' must be YYYY, YYYY-MM or YYYY-MM-DD.");
        }

        var limit = 50;
        if (Text("limit") is { } limitText && (!int.TryParse(limitText, NumberStyles.Integer, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > 500))
        {
            return Problem("'limit' must be between 1 and 500.");
        }

        // The cursor is bound to the query, as the API binds it (EventQueryBuilder.CursorScope with the default sort:
        // events, sort, from, to, place, force, role, type, q, minFatalities, bbox, updatedSince, source).
        var scope = string.Join('|', "events", "date", from, to, place, force, null, null, q, null, null, null, null);
        (DateOnly, int)? after = null;
        if (Text("cursor") is { } cursor && (after = Rules.DecodeCursor(cursor, scope)) is null)
        {
            return Problem("The cursor is not one this list issued for this query.");
        }

        var placeMatch = place is null ? null : await names.PlaceAsync(place, cancellationToken);
        var forceMatch = force is null ? null : await names.ForceAsync(force, cancellationToken);
        if ((place is not null && placeMatch is null) || (force is not null && forceMatch is null))
        {
            return Problem("Unknown or ambiguous place or force.");
        }

        var terms = Rules.Fold(q).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();
        var filter = new ListFilter(fromDate, toDate, placeMatch?.Path, forceMatch?.Id, terms, after);
        var rows = await reads.ListAsync(filter, limit + 1, cancellationToken);
        if (rows.Count <= limit)
        {
            return Results.Json(new PageJson(rows, null), Json.Options);
        }

        rows.RemoveAt(limit);
        var last = rows[^1];
        return Results.Json(new PageJson(rows, Rules.EncodeCursor(scope, last.Start, last.UpdatedAt, last.Id)), Json.Options);
    }

    public static async Task<IResult> GetAsync(int id, HttpContext http, EventReads reads, CancellationToken cancellationToken)
    {
        var found = await reads.GetAsync(id, cancellationToken);
        if (found is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"Event {id} was not found.");
        }

        var etag = $"\"{found.Version}\"";
        http.Response.Headers.ETag = etag;
        return http.Request.Headers.IfNoneMatch.ToString().Split(',').Any(t => t.Trim().TrimStart('W', '/') == etag)
            ? Results.StatusCode(StatusCodes.Status304NotModified)
            : Results.Json(found, Json.Options);
    }

    private static bool TryBound(string text, bool atEnd, out DateOnly? date)
    {
        var ok = Rules.TryParseBound(text, atEnd, out var parsed);
        date = ok ? parsed : null;
        return ok;
    }

    public static IResult Problem(string detail) => Results.Problem(statusCode: StatusCodes.Status400BadRequest, detail: detail);
}
