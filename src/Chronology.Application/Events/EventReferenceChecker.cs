using Chronology.Application.Forces;
using Chronology.Application.Places;
using Chronology.Application.Sources;
using FluentValidation;
using FluentValidation.Results;

namespace Chronology.Application.Events;

/// <summary>
/// The rules of an event body that need the database: linked records exist, quotes are verbatim,
/// and the parent chain has no loop. All problems come back together as one 400.
/// </summary>
public sealed class EventReferenceChecker(
    IEventRepository events,
    IPlaceRepository places,
    IForceRepository forces,
    ISourceRepository sources)
{
    public async Task CheckAsync(EventRequest request, int? eventId, CancellationToken cancellationToken)
    {
        var failures = new List<ValidationFailure>();

        var placeIds = request.Places!.Select(p => p.Id).ToList();
        var missingPlaces = placeIds.Except(await places.ExistingIdsAsync(placeIds, cancellationToken)).ToList();
        if (missingPlaces.Count > 0)
        {
            failures.Add(new ValidationFailure("places", $"No place has the id {string.Join(", ", missingPlaces)}."));
        }

        var forceIds = request.Forces!.Select(f => f.Id).Distinct().ToList();
        var missingForces = forceIds.Except(await forces.ExistingIdsAsync(forceIds, cancellationToken)).ToList();
        if (missingForces.Count > 0)
        {
            failures.Add(new ValidationFailure("forces", $"No force has the id {string.Join(", ", missingForces)}."));
        }

        await CheckCitationsAsync(request.Citations!, failures, cancellationToken);
        if (request.ParentId is { } parentId)
        {
            await CheckParentAsync(parentId, eventId, failures, cancellationToken);
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }
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
