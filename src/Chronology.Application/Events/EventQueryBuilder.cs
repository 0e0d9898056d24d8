using System.Globalization;
using Chronology.Application.Forces;
using Chronology.Application.Listing;
using Chronology.Application.Places;
using Chronology.Application.Sources;
using FluentValidation;
using FluentValidation.Results;

namespace Chronology.Application.Events;

/// <summary>
/// The one place a request of the event list, its exports or its statistics becomes a complete
/// <see cref="EventQuery"/>: parsed (<see cref="EventQueryParser"/>), every problem reported at once as a 400, place,
/// force and source references resolved to ids, the cursor decoded against the query it was issued for.
/// </summary>
public sealed class EventQueryBuilder(PlaceService places, ForceService forces, ISourceRepository sources)
{
    private const string CursorScopeName = "events";

    /// <summary>A page of the list: <see cref="EventQuery.Limit"/> is the page size (default 50, at most 500).</summary>
    public async Task<EventQuery> ForPageAsync(EventListRequest request, CancellationToken cancellationToken)
    {
        var failures = new List<ValidationFailure>();
        var query = EventQueryParser.Parse(request, failures);
        return await CompleteAsync(query, request, request.Cursor, failures, cancellationToken);
    }

    /// <summary>An export: every matching event, or the first <c>limit</c>.</summary>
    public async Task<EventQuery> ForExportAsync(EventListRequest request, CancellationToken cancellationToken)
    {
        var failures = new List<ValidationFailure>();
        var query = EventQueryParser.ParseExport(request, failures);
        return await CompleteAsync(query, request, request.Cursor, failures, cancellationToken);
    }

    /// <summary>The filters of a statistics request, and what to group by.</summary>
    public async Task<(EventQuery Query, EventStatsGroup GroupBy)> ForStatsAsync(EventStatsRequest request, CancellationToken cancellationToken)
    {
        var failures = new List<ValidationFailure>();
        var query = EventQueryParser.ParseFilters(request, failures);
        var groupBy = EventQueryParser.ParseGroupBy(request.GroupBy, failures);
        return (await CompleteAsync(query, request, null, failures, cancellationToken), groupBy);
    }

    /// <summary>The cursor that continues the query after this event.</summary>
    public static string CursorAfter(EventQuery query, EventResponse last) =>
        Cursor.Encode(query.CursorScope,
            last.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            last.UpdatedAt.Ticks.ToString(CultureInfo.InvariantCulture),
            last.Id.ToString(CultureInfo.InvariantCulture));

    // Fails with every parse failure at once; then resolves the references, which need the database.
    private async Task<EventQuery> CompleteAsync(
        EventQuery query, EventFilterRequest request, string? cursor, List<ValidationFailure> failures, CancellationToken cancellationToken)
    {
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        var scope = CursorScope(request, query.Sort);
        return query with
        {
            PlaceIds = request.Place is null ? [] : [(await places.ResolveAsync(request.Place, "place", cancellationToken)).Id],
            ForceIds = request.Force is null ? [] : [(await forces.ResolveAsync(request.Force, "force", cancellationToken)).Id],
            SourceId = request.Source is { } source
                ? await sources.ExistsAsync(source, cancellationToken) ? source : throw UnknownSource(source)
                : null,
            CursorScope = scope,
            After = DecodeCursor(cursor, scope),
        };
    }

    // A cursor is only valid for the query that issued it: the filters and sort are part of its scope.
    private static string CursorScope(EventFilterRequest request, EventSort sort) =>
        string.Join('|', CursorScopeName, EventQueryParser.SortName(sort), request.From, request.To, request.Place, request.Force,
            request.Role, request.Type, request.Q, request.MinFatalities, request.Bbox,
            request.UpdatedSince?.ToUniversalTime().Ticks, request.Source);

    private static ValidationException UnknownSource(int id) =>
        new([new ValidationFailure("source", $"No source has the id {id}. List them with GET /api/v1/sources.")]);

    private static EventCursor? DecodeCursor(string? cursor, string scope)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }

        var parts = Cursor.Decode(cursor, scope, 3);
        return DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            && ticks is >= 0 && ticks <= DateTime.MaxValue.Ticks
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                ? new EventCursor(start, new DateTime(ticks, DateTimeKind.Utc), id)
                : throw Cursor.Invalid();
    }
}
