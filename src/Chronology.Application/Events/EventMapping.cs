using Chronology.Application.Forces;

namespace Chronology.Application.Events;

/// <summary>The names and kinds of the places and forces an event links to, by id: what its links show besides ids.</summary>
public sealed record EventLinkTargets(IReadOnlyDictionary<int, EventPlaceResponse> Places, IReadOnlyDictionary<int, ForceSummary> Forces);

/// <summary>An event as the API shows it, built from the entity a write holds (no read back).</summary>
public static class EventMapping
{
    /// <summary>In the order the reads give: places by id, forces by role (as stored, by name) then id, citations by id.</summary>
    public static EventResponse ToResponse(this Event e, EventLinkTargets targets) => new(
        e.Id, e.Title, e.Summary, e.Type, e.Start, e.End, e.Precision, e.Approximate, e.DateText, e.Fatalities,
        e.Places.Select(p => p.PlaceId).Order().Select(id => targets.Places[id]).ToList(),
        e.Forces.OrderBy(f => f.Role.ToString(), StringComparer.Ordinal).ThenBy(f => f.ForceId)
            .Select(f => ForceLink(targets.Forces[f.ForceId], f.Role)).ToList(),
        e.Citations.OrderBy(c => c.Id).Select(c => new CitationResponse(c.SourceId, c.Quote)).ToList(),
        e.ParentId, e.Notes, e.CreatedAt, e.UpdatedAt, e.Version);

    /// <summary>The place and force ids an event links to, with those a request asks for.</summary>
    public static (int[] PlaceIds, int[] ForceIds) LinkIds(Event? current, EventRequest? request) => (
        (current?.Places.Select(p => p.PlaceId) ?? []).Concat(request?.Places?.Select(p => p.Id) ?? []).Distinct().ToArray(),
        (current?.Forces.Select(f => f.ForceId) ?? []).Concat(request?.Forces?.Select(f => f.Id) ?? []).Distinct().ToArray());

    private static EventForceResponse ForceLink(ForceSummary force, ForceRole role) =>
        new(force.Id, force.Name, force.Abbreviation, force.Kind, role);
}
