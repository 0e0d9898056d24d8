using System.Globalization;
using Chronology.Application.Audit;
using Chronology.Application.Common;
using Chronology.Application.Forces;
using Chronology.Application.Places;
using Chronology.Application.Sources;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.Logging;

namespace Chronology.Application.Events;

/// <summary>The event use cases: the chronology query, single reads and edits.</summary>
public sealed class EventService(
    IEventRepository events,
    PlaceService places,
    ForceService forces,
    ISourceRepository sources,
    IValidator<EventRequest> validator,
    EventReferenceChecker references,
    IUnitOfWork unitOfWork,
    IAuditTrail audit,
    ICurrentEditor editor,
    ILogger<EventService> logger)
{
    private const string CursorScope = "events";

    public async Task<PagedResponse<EventResponse>> ListAsync(EventListRequest request, CancellationToken cancellationToken)
    {
        var failures = new List<ValidationFailure>();
        var query = EventQueryParser.Parse(request, failures);
        var fingerprint = Fingerprint(request, query.Sort);
        query = await ResolveAsync(query, request, failures, cancellationToken) with { After = DecodeCursor(request.Cursor, fingerprint) };

        var rows = await events.ListAsync(query, cancellationToken);
        return Paging.ToPage(rows, query.Take - 1, last => EncodeCursor(last, fingerprint));
    }

    /// <summary>
    /// Every event the list's filters match (from the cursor on, if one is given; at most <c>limit</c> when given), read
    /// lazily in keyset batches. The request is checked and its names resolved before this returns, so a bad
    /// request fails before anything is written.
    /// </summary>
    public async Task<IAsyncEnumerable<EventResponse>> ExportAsync(EventListRequest request, CancellationToken cancellationToken)
    {
        var failures = new List<ValidationFailure>();
        var query = EventQueryParser.ParseExport(request, failures);
        var fingerprint = Fingerprint(request, query.Sort);
        query = await ResolveAsync(query, request, failures, cancellationToken) with { After = DecodeCursor(request.Cursor, fingerprint) };
        return events.StreamAsync(query, cancellationToken);
    }

    /// <summary>Counts and fatality sums of the matching events per year, month, type, place, force or country, computed by the database.</summary>
    public async Task<EventStatsResponse> StatsAsync(EventStatsRequest request, CancellationToken cancellationToken)
    {
        var failures = new List<ValidationFailure>();
        var query = EventQueryParser.ParseFilters(request, failures);
        var groupBy = EventQueryParser.ParseGroupBy(request.GroupBy, failures);
        query = await ResolveAsync(query, request, failures, cancellationToken);

        var items = await events.CountByAsync(query, groupBy, cancellationToken);
        return new EventStatsResponse(EnumText.Name(groupBy), items);
    }

    public async Task<EventResponse> GetAsync(int id, CancellationToken cancellationToken) =>
        await events.GetByIdAsync(id, cancellationToken) ?? throw new NotFoundException("Event", id);

    /// <summary>Every change made to the event through the API, oldest first; kept after a delete.</summary>
    public async Task<PagedResponse<AuditEntryResponse>> HistoryAsync(int id, CancellationToken cancellationToken)
    {
        var entries = await audit.ListAsync(AuditedTypes.Event, id, cancellationToken);
        return entries.Count > 0 || await events.ExistsAsync(id, cancellationToken)
            ? new PagedResponse<AuditEntryResponse>(entries, null)
            : throw new NotFoundException("Event", id);
    }

    public async Task<EventResponse> CreateAsync(EventRequest request, CancellationToken cancellationToken)
    {
        request = request.ToNfc();
        await validator.ValidateAndThrowAsync(request, cancellationToken);
        var targets = await references.CheckAsync(request, null, cancellationToken);

        var entity = new Event { Title = request.Title!, Summary = request.Summary! };
        Apply(entity, request);
        await using var work = await unitOfWork.BeginAsync(cancellationToken);
        events.Add(entity);
        await work.SaveChangesAsync(cancellationToken);
        var created = entity.ToResponse(targets);
        audit.Record(AuditedTypes.Event, AuditAction.Created, entity.Id, entity.Version, null, created);
        await work.CommitAsync(cancellationToken);

        logger.LogInformation("Event {EventId} created by {Editor}", entity.Id, editor.Name);
        return created;
    }

    public async Task<EventResponse> UpdateAsync(int id, EventRequest request, int? expectedVersion, CancellationToken cancellationToken)
    {
        request = request.ToNfc();
        await validator.ValidateAndThrowAsync(request, cancellationToken);
        var entity = await events.FindForUpdateAsync(id, cancellationToken) ?? throw new NotFoundException("Event", id);
        Concurrency.Check("Event", id, entity.Version, expectedVersion);
        var targets = await references.CheckAsync(request, entity, cancellationToken);

        var before = entity.ToResponse(targets);
        Apply(entity, request);
        await using var work = await unitOfWork.BeginAsync(cancellationToken);
        work.MarkChanged(entity);
        await work.SaveChangesAsync(cancellationToken);
        var updated = entity.ToResponse(targets);
        audit.Record(AuditedTypes.Event, AuditAction.Updated, id, entity.Version, before, updated);
        await work.CommitAsync(cancellationToken);

        logger.LogInformation("Event {EventId} updated to version {Version} by {Editor}", id, entity.Version, editor.Name);
        return updated;
    }

    public async Task DeleteAsync(int id, int? expectedVersion, CancellationToken cancellationToken)
    {
        var entity = await events.FindForUpdateAsync(id, cancellationToken) ?? throw new NotFoundException("Event", id);
        Concurrency.Check("Event", id, entity.Version, expectedVersion);
        var stages = await events.GetChildIdsAsync(id, cancellationToken);
        if (stages.Count > 0)
        {
            throw new ConflictException(
                $"Event {id} has stages ({string.Join(", ", stages)}); delete them or give them another parent first.",
                new Dictionary<string, object?> { ["usedBy"] = new { events = stages } });
        }

        var (placeIds, forceIds) = EventMapping.LinkIds(entity, null);
        var before = entity.ToResponse(await events.GetLinkTargetsAsync(placeIds, forceIds, cancellationToken));
        await using var work = await unitOfWork.BeginAsync(cancellationToken);
        events.Remove(entity);
        audit.Record(AuditedTypes.Event, AuditAction.Deleted, id, entity.Version, before, null);
        await work.CommitAsync(cancellationToken);
        logger.LogInformation("Event {EventId} deleted by {Editor}", id, editor.Name);
    }

    internal static void Apply(Event entity, EventRequest request)
    {
        entity.Title = request.Title!.Trim();
        entity.Summary = request.Summary!.Trim();
        entity.Type = request.Type!.ToEnum<EventType>();
        entity.SetDates(request.Start!.Value, request.End, EventRequestValidator.Precision(request));
        entity.Approximate = request.Approximate;
        entity.DateText = request.DateText;
        entity.Fatalities = request.Fatalities;
        entity.ParentId = request.ParentId;
        entity.Notes = request.Notes;

        entity.SetPlaces(request.Places!.Select(p => p.Id));
        entity.SetForces(request.Forces!.Select(f => (f.Id, f.Role!.ToEnum<ForceRole>())));
        entity.SetCitations(request.Citations!.Select(c => (c.SourceId, c.Quote!)));
    }

    // Fails with every parse failure at once; then resolves the place and force names, which need the database.
    private async Task<EventQuery> ResolveAsync(
        EventQuery query, EventFilterRequest request, List<ValidationFailure> failures, CancellationToken cancellationToken)
    {
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        return query with
        {
            PlacePaths = request.Place is null ? [] : [(await places.ResolveAsync(request.Place, "place", cancellationToken)).Path],
            ForceIds = request.Force is null ? [] : [(await forces.ResolveAsync(request.Force, "force", cancellationToken)).Id],
            SourceId = request.Source is { } source
                ? await sources.ExistsAsync(source, cancellationToken) ? source : throw UnknownSource(source)
                : null,
        };
    }

    // A cursor is only valid for the query that issued it: the filters and sort are part of its scope.
    private static string Fingerprint(EventListRequest request, EventSort sort) =>
        string.Join('|', CursorScope, EventQueryParser.SortName(sort), request.From, request.To, request.Place, request.Force,
            request.Role, request.Type, request.Q, request.MinFatalities, request.Bbox,
            request.UpdatedSince?.ToUniversalTime().Ticks, request.Source);

    private static ValidationException UnknownSource(int id) =>
        new([new ValidationFailure("source", $"No source has the id {id}. List them with GET /api/v1/sources.")]);

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
