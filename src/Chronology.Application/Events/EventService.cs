using System.Globalization;
using Chronology.Application.Common;
using Chronology.Application.Forces;
using Chronology.Application.Places;
using FluentValidation;
using FluentValidation.Results;

namespace Chronology.Application.Events;

/// <summary>The event use cases: the chronology query, single reads and edits.</summary>
public sealed class EventService(
    IEventRepository events,
    PlaceService places,
    ForceService forces)
{
    private const string CursorScope = "events";

    public async Task<PagedResponse<EventResponse>> ListAsync(EventListRequest request, CancellationToken cancellationToken)
    {
        var failures = new List<ValidationFailure>();
        var query = EventQueryParser.Parse(request, failures);
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        var fingerprint = Fingerprint(request, query.Sort);
        query = query with
        {
            PlacePaths = request.Place is null ? [] : [(await places.ResolveAsync(request.Place, "place", cancellationToken)).Path],
            ForceIds = request.Force is null ? [] : [(await forces.ResolveAsync(request.Force, "force", cancellationToken)).Id],
            After = DecodeCursor(request.Cursor, fingerprint),
        };

        var rows = await events.ListAsync(query, cancellationToken);
        return Paging.ToPage(rows, query.Take - 1, last => EncodeCursor(last, fingerprint));
    }

    public async Task<EventResponse> GetAsync(int id, CancellationToken cancellationToken) =>
        await events.GetByIdAsync(id, cancellationToken) ?? throw new NotFoundException("Event", id);

    // A cursor is only valid for the query that issued it: the filters and sort are part of its scope.
    private static string Fingerprint(EventListRequest request, EventSort sort) =>
        string.Join('|', CursorScope, EventQueryParser.SortName(sort), request.From, request.To, request.Place, request.Force,
            request.Role, request.Type, request.Q, request.MinFatalities, request.Bbox,
            request.UpdatedSince?.ToUniversalTime().Ticks);

    private static string EncodeCursor(EventResponse last, string fingerprint) =>
        Cursor.Encode(fingerprint,
            last.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            last.UpdatedAt.Ticks.ToString(CultureInfo.InvariantCulture),
            last.Id.ToString(CultureInfo.InvariantCulture));

    private static EventCursor? DecodeCursor(string? cursor, string fingerprint)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }

        var parts = Cursor.Decode(cursor, fingerprint, 3);
        return DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            && ticks is >= 0 && ticks <= DateTime.MaxValue.Ticks
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                ? new EventCursor(start, new DateTime(ticks, DateTimeKind.Utc), id)
                : throw Cursor.Invalid();
    }
}
