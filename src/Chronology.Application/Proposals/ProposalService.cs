using System.Globalization;
using Chronology.Application.Audit;
using Chronology.Application.Errors;
using Chronology.Application.Events;
using Chronology.Application.Listing;
using Chronology.Application.Sources;
using Chronology.Application.Text;
using Chronology.Application.Writing;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.Logging;

namespace Chronology.Application.Proposals;

/// <summary>The review queue: list and read proposals, accept one as an event, merge it into an event, or reject it.</summary>
public sealed class ProposalService(
    IProposalRepository proposals,
    IEventRepository events,
    ISourceRepository sources,
    IValidator<EventRequest> eventValidator,
    EventReferenceChecker references,
    IUnitOfWork unitOfWork,
    IAuditTrail audit,
    ICurrentEditor editor,
    TimeProvider clock,
    ILogger<ProposalService> logger)
{
    public const int ReasonMaxLength = 1000;
    private const string CursorScope = "proposals";

    public async Task<PagedResponse<ProposalResponse>> ListAsync(ProposalListRequest request, CancellationToken cancellationToken)
    {
        var failures = new List<ValidationFailure>();
        var pageSize = Paging.PageSize(request.Limit, failures);
        var status = EnumText.ParseOptional<ProposalStatus>(request.Status, "status", failures);
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        // The cursor is bound to the filters it was issued for.
        var scope = string.Join('|', CursorScope, request.SourceId, status);
        var afterId = 0;
        if (!string.IsNullOrEmpty(request.Cursor)
            && !int.TryParse(Cursor.Decode(request.Cursor, scope, 1)[0], NumberStyles.None, CultureInfo.InvariantCulture, out afterId))
        {
            throw Cursor.Invalid();
        }

        var rows = await proposals.ListAsync(request.SourceId, status, afterId, pageSize + 1, cancellationToken);
        return Paging.ToPage(rows, pageSize, last => Cursor.Encode(scope, last.Id.ToString(CultureInfo.InvariantCulture)));
    }

    public async Task<ProposalResponse> GetAsync(int id, CancellationToken cancellationToken) =>
        await proposals.GetByIdAsync(id, cancellationToken) ?? throw new NotFoundException("Proposal", id);

    /// <summary>The decisions taken on the proposal: who accepted or rejected it, when, and the proposal before and after.</summary>
    public async Task<PagedResponse<AuditEntryResponse>> HistoryAsync(int id, CancellationToken cancellationToken)
    {
        var entries = await audit.ListAsync(AuditedTypes.Proposal, id, cancellationToken);
        return entries.Count > 0 || await proposals.GetByIdAsync(id, cancellationToken) is not null
            ? new PagedResponse<AuditEntryResponse>(entries, null)
            : throw new NotFoundException("Proposal", id);
    }

    /// <summary>Makes an event of the proposal (with the editor's overrides), or adds its quote to an existing event.</summary>
    /// <returns>The event, and whether it is new.</returns>
    public async Task<(EventResponse Event, bool Created)> AcceptAsync(int id, AcceptProposalRequest? request, CancellationToken cancellationToken)
    {
        var proposal = await FindPendingAsync(id, cancellationToken);
        if (request?.MergeInto is { } target)
        {
            if (request.OverridesAnything)
            {
                throw new ValidationException([new ValidationFailure("mergeInto",
                    "'mergeInto' adds the proposal's quote to an existing event and takes no other member; edit that event with PUT to change it.")]);
            }

            return (await MergeAsync(proposal, target, cancellationToken), false);
        }

        var eventRequest = ToEventRequest(proposal, request).ToNfc();
        await eventValidator.ValidateAndThrowAsync(eventRequest, cancellationToken);
        var targets = await references.CheckAsync(eventRequest, null, cancellationToken);

        var entity = new Event { Title = eventRequest.Title!, Summary = eventRequest.Summary! };
        EventService.Apply(entity, eventRequest);
        var before = proposal.ToResponse();
        proposal.Accept(entity, editor.Name, clock.GetUtcNow().UtcDateTime);
        await using var work = await unitOfWork.BeginAsync(cancellationToken);
        events.Add(entity);
        work.MarkChanged(proposal);
        await DecideAsync(work, id, cancellationToken);
        var created = entity.ToResponse(targets);
        audit.Record(AuditedTypes.Event, AuditAction.Created, entity.Id, entity.Version, null, created);
        audit.Record(AuditedTypes.Proposal, AuditAction.Updated, proposal.Id, proposal.Version, before, proposal.ToResponse());
        await work.CommitAsync(cancellationToken);

        logger.LogInformation("Proposal {ProposalId} accepted as event {EventId} by {Editor}", id, entity.Id, editor.Name);
        return (created, true);
    }

    public async Task<ProposalResponse> RejectAsync(int id, RejectProposalRequest? request, CancellationToken cancellationToken)
    {
        var reason = string.IsNullOrWhiteSpace(request?.Reason) ? null : request.Reason.Trim();
        if (reason is { Length: > ReasonMaxLength } || reason?.Contains('\0') == true)
        {
            throw new ValidationException([new ValidationFailure("reason", $"'reason' must be text of at most {ReasonMaxLength} characters.")]);
        }

        var proposal = await FindPendingAsync(id, cancellationToken);
        var before = proposal.ToResponse();
        proposal.Reject(reason, editor.Name, clock.GetUtcNow().UtcDateTime);
        await using var work = await unitOfWork.BeginAsync(cancellationToken);
        work.MarkChanged(proposal);
        await DecideAsync(work, id, cancellationToken);
        var rejected = proposal.ToResponse();
        audit.Record(AuditedTypes.Proposal, AuditAction.Updated, id, proposal.Version, before, rejected);
        await work.CommitAsync(cancellationToken);

        logger.LogInformation("Proposal {ProposalId} rejected by {Editor}", id, editor.Name);
        return rejected;
    }

    private async Task<EventResponse> MergeAsync(Proposal proposal, int eventId, CancellationToken cancellationToken)
    {
        var target = await events.FindForUpdateAsync(eventId, cancellationToken)
            ?? throw new ValidationException([new ValidationFailure("mergeInto", $"No event has the id {eventId}.")]);
        if (await sources.ContainsQuoteAsync(proposal.SourceId, proposal.Quote, cancellationToken) != true)
        {
            throw new ConflictException(
                $"Source {proposal.SourceId}'s text no longer contains the proposal's quote; run the extraction again.");
        }

        var (placeIds, forceIds) = EventMapping.LinkIds(target, null);
        var targets = await events.GetLinkTargetsAsync(placeIds, forceIds, cancellationToken);
        var before = target.ToResponse(targets);
        var citations = target.Citations.OrderBy(c => c.Id).Select(c => (c.SourceId, c.Quote)).ToList();
        if (!citations.Contains((proposal.SourceId, proposal.Quote)))
        {
            citations.Add((proposal.SourceId, proposal.Quote));
        }

        target.SetCitations(citations);
        var proposalBefore = proposal.ToResponse();
        proposal.MergeInto(eventId, editor.Name, clock.GetUtcNow().UtcDateTime);
        await using var work = await unitOfWork.BeginAsync(cancellationToken);
        work.MarkChanged(target);
        work.MarkChanged(proposal);
        await DecideAsync(work, proposal.Id, cancellationToken);
        var merged = target.ToResponse(targets);
        audit.Record(AuditedTypes.Event, AuditAction.Updated, eventId, target.Version, before, merged);
        audit.Record(AuditedTypes.Proposal, AuditAction.Updated, proposal.Id, proposal.Version, proposalBefore, proposal.ToResponse());
        await work.CommitAsync(cancellationToken);

        logger.LogInformation("Proposal {ProposalId} merged into event {EventId} by {Editor}", proposal.Id, eventId, editor.Name);
        return merged;
    }

    private async Task<Proposal> FindPendingAsync(int id, CancellationToken cancellationToken)
    {
        var proposal = await proposals.FindForUpdateAsync(id, cancellationToken) ?? throw new NotFoundException("Proposal", id);
        return proposal.IsDecided ? throw AlreadyDecided(proposal.ToResponse()) : proposal;
    }

    // Two editors deciding the same proposal at once: the second save finds its version gone. Say what happened.
    private static async Task DecideAsync(IUnitOfWorkScope work, int id, CancellationToken cancellationToken)
    {
        try
        {
            await work.SaveChangesAsync(cancellationToken);
        }
        catch (PreconditionFailedException)
        {
            throw new ConflictException($"Proposal {id} was decided by another request at the same time. Read it again to see how.");
        }
    }

    private static ConflictException AlreadyDecided(ProposalResponse decided) => new(
        $"Proposal {decided.Id} was already {EnumText.Name(decided.Status)} by {decided.DecidedBy} at {decided.DecidedAt:u}.",
        new Dictionary<string, object?> { ["proposalStatus"] = EnumText.Name(decided.Status), ["eventId"] = decided.EventId });

    private static EventRequest ToEventRequest(Proposal p, AcceptProposalRequest? o) => new()
    {
        Title = o?.Title ?? p.Title,
        Summary = o?.Summary ?? p.Summary,
        Type = o?.Type ?? EnumText.Name(p.Type),
        Start = o?.Start ?? p.Start,
        // A new start without a new end drops the proposed end: it belonged to the old start.
        End = o?.Start is not null && o.End is null ? null : o?.End ?? p.End,
        Precision = o?.Precision ?? EnumText.Name(p.Precision),
        Approximate = o?.Approximate ?? p.Approximate,
        DateText = o?.DateText ?? p.DateText,
        Fatalities = o?.Fatalities ?? p.Fatalities,
        Places = o?.Places ?? p.Places.Select(x => new EventPlaceLink(x.Id)).ToList(),
        Forces = o?.Forces ?? p.Forces.Select(x => new EventForceLink(x.Id, x.Role)).ToList(),
        Citations = o?.Citations ?? [new CitationLink(p.SourceId, p.Quote)],
        ParentId = o?.ParentId,
        Notes = o?.Notes,
    };
}
