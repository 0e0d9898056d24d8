using Chronology.Application.Audit;
using Chronology.Application.Errors;
using Chronology.Application.Listing;
using Chronology.Application.Text;
using Chronology.Application.Writing;
using FluentValidation;
using Microsoft.Extensions.Logging;

namespace Chronology.Application.Events;

/// <summary>The event use cases: the chronology query, single reads and edits.</summary>
public sealed class EventService(
    IEventRepository events,
    EventQueryBuilder queries,
    IValidator<EventRequest> validator,
    EventReferenceChecker references,
    IUnitOfWork unitOfWork,
    IAuditTrail audit,
    ICurrentEditor editor,
    ILogger<EventService> logger)
{
    public async Task<PagedResponse<EventResponse>> ListAsync(EventListRequest request, CancellationToken cancellationToken)
    {
        var query = await queries.ForPageAsync(request, cancellationToken);
        var rows = await events.ListAsync(query, cancellationToken);
        return Paging.ToPage(rows, query.Limit, last => EventQueryBuilder.CursorAfter(query, last));
    }

    /// <summary>
    /// Every event the list's filters match (from the cursor on, if one is given; at most <c>limit</c> when given), read
    /// lazily in keyset batches. The request is checked and its names resolved before this returns, so a bad
    /// request fails before anything is written.
    /// </summary>
    public async Task<IAsyncEnumerable<EventResponse>> ExportAsync(EventListRequest request, CancellationToken cancellationToken) =>
        events.StreamAsync(await queries.ForExportAsync(request, cancellationToken), cancellationToken);

    /// <summary>Counts and fatality sums of the matching events per year, month, type, place, force or country, computed by the database.</summary>
    public async Task<EventStatsResponse> StatsAsync(EventStatsRequest request, CancellationToken cancellationToken)
    {
        var (query, groupBy) = await queries.ForStatsAsync(request, cancellationToken);
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
}
