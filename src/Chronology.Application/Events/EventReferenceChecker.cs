using Chronology.Application.Sources;
using FluentValidation;
using FluentValidation.Results;

namespace Chronology.Application.Events;

/// <summary>
/// The rules of an event body that need the database: linked records exist, quotes are verbatim,
/// and the parent chain has no loop. All problems come back together as one 400.
/// </summary>
public sealed class EventReferenceChecker(IEventRepository events, ISourceRepository sources)
{
    /// <summary>
    /// Checks the request's references; <paramref name="current"/> is the event being updated, if any. Returns the
    /// places and forces the event links to before and after the change, which its before and after images show.
    /// </summary>
    public async Task<EventLinkTargets> CheckAsync(EventRequest request, Event? current, CancellationToken cancellationToken)
    {
        var failures = new List<ValidationFailure>();
        var (allPlaceIds, allForceIds) = EventMapping.LinkIds(current, request);
        var targets = await events.GetLinkTargetsAsync(allPlaceIds, allForceIds, cancellationToken);

        var missingPlaces = request.Places!.Select(p => p.Id).Where(id => !targets.Places.ContainsKey(id)).ToList();
        if (missingPlaces.Count > 0)
        {
            failures.Add(new ValidationFailure("places", $"No place has the id {string.Join(", ", missingPlaces)}."));
        }

        var missingForces = request.Forces!.Select(f => f.Id).Distinct().Where(id => !targets.Forces.ContainsKey(id)).ToList();
        if (missingForces.Count > 0)
        {
            failures.Add(new ValidationFailure("forces", $"No force has the id {string.Join(", ", missingForces)}."));
        }

        await CheckCitationsAsync(request.Citations!, failures, cancellationToken);
        if (request.ParentId is { } parentId)
        {
            await CheckParentAsync(parentId, current?.Id, failures, cancellationToken);
        }

        return failures.Count > 0 ? throw new ValidationException(failures) : targets;
    }

    private async Task CheckCitationsAsync(IReadOnlyList<CitationLink> citations, List<ValidationFailure> failures, CancellationToken cancellationToken)
    {
        for (var i = 0; i < citations.Count; i++)
        {
            var citation = citations[i];
            var found = await sources.ContainsQuoteAsync(citation.SourceId, citation.Quote!, cancellationToken);
            if (found is null)
            {
                failures.Add(new ValidationFailure($"citations[{i}].sourceId", $"No source has the id {citation.SourceId}."));
            }
            else if (found == false)
            {
                failures.Add(new ValidationFailure($"citations[{i}].quote",
                    $"The quote does not appear verbatim in source {citation.SourceId}. Copy it exactly, including punctuation and accents."));
            }
        }
    }

    private async Task CheckParentAsync(int parentId, int? eventId, List<ValidationFailure> failures, CancellationToken cancellationToken)
    {
        if (parentId == eventId)
        {
            failures.Add(new ValidationFailure("parentId", "An event cannot be its own parent."));
            return;
        }

        if (!await events.ExistsAsync(parentId, cancellationToken))
        {
            failures.Add(new ValidationFailure("parentId", $"No event has the id {parentId}."));
            return;
        }

        if (eventId is { } id && (await events.GetAncestorIdsAsync(parentId, cancellationToken)).Contains(id))
        {
            failures.Add(new ValidationFailure("parentId", $"Event {parentId} is itself a stage of event {id}; the parent chain would loop."));
        }
    }
}
