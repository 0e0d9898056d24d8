using Chronology.Application.Events;
using Chronology.Application.Forces;
using Chronology.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Chronology.Infrastructure.Events;

/// <summary>
/// The places and forces an export has met so far, read once each. A million events link a few thousand places
/// and a few hundred forces: reading the links as bare ids and their names from here spares the join per link and
/// a copy of each name per event.
/// </summary>
internal sealed class EventLinkNames
{
    private readonly Dictionary<int, EventPlaceResponse> places = [];
    private readonly Dictionary<int, ForceName> forces = [];
    private readonly Dictionary<(int ForceId, ForceRole Role), EventForceResponse> forceRoles = [];

    private sealed record ForceName(int Id, string Name, string? Abbreviation, ForceKind Kind);

    private static readonly Func<ChronologyDbContext, int[], IAsyncEnumerable<EventPlaceResponse>> PlacesById = EF.CompileAsyncQuery(
        (ChronologyDbContext db, int[] ids) => db.Places.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new EventPlaceResponse(p.Id, p.Name, p.Kind, p.Latitude, p.Longitude)));

    private static readonly Func<ChronologyDbContext, int[], IAsyncEnumerable<ForceName>> ForcesById = EF.CompileAsyncQuery(
        (ChronologyDbContext db, int[] ids) => db.Forces.AsNoTracking().Where(f => ids.Contains(f.Id))
            .Select(f => new ForceName(f.Id, f.Name, f.Abbreviation, f.Kind)));

    /// <summary>Reads the places and forces among these ids that have not been read yet.</summary>
    public async Task AddMissingAsync(ChronologyDbContext db, IEnumerable<int> placeIds, IEnumerable<int> forceIds, CancellationToken cancellationToken)
    {
        var newPlaces = placeIds.Where(id => !places.ContainsKey(id)).Distinct().ToArray();
        if (newPlaces.Length > 0)
        {
            await foreach (var place in PlacesById(db, newPlaces).WithCancellation(cancellationToken))
            {
                places[place.Id] = place;
            }
        }

        var newForces = forceIds.Where(id => !forces.ContainsKey(id)).Distinct().ToArray();
        if (newForces.Length > 0)
        {
            await foreach (var force in ForcesById(db, newForces).WithCancellation(cancellationToken))
            {
                forces[force.Id] = force;
            }
        }
    }

    /// <summary>The place, or null for one deleted between reading the link and reading the names (the link is gone too).</summary>
    public EventPlaceResponse? Place(int id) => places.GetValueOrDefault(id);

    /// <summary>The force in this role, or null for one deleted between reading the link and reading the names.</summary>
    public EventForceResponse? Force(int id, ForceRole role)
    {
        if (!forceRoles.TryGetValue((id, role), out var response) && forces.TryGetValue(id, out var force))
        {
            response = new EventForceResponse(force.Id, force.Name, force.Abbreviation, force.Kind, role);
            forceRoles[(id, role)] = response;
        }

        return response;
    }
}
