namespace Chronology.Application.Places;

/// <summary>Persistence of places.</summary>
public interface IPlaceRepository
{
    Task<IReadOnlyList<PlaceResponse>> ListAsync(PlaceQuery query, CancellationToken cancellationToken);

    /// <summary>The place with its ancestors and children.</summary>
    Task<PlaceResponse?> GetByIdAsync(int id, CancellationToken cancellationToken);

    /// <summary>Places whose id equals <paramref name="id"/> or whose name or alias folds to <paramref name="normalizedName"/>.</summary>
    Task<IReadOnlyList<PlaceMatch>> FindAsync(int? id, string normalizedName, CancellationToken cancellationToken);

    /// <summary>The path of a place, or null when there is none with this id.</summary>
    Task<string?> GetPathAsync(int id, CancellationToken cancellationToken);

    Task<IReadOnlyList<int>> ExistingIdsAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken);

    /// <summary>Other places already known by one of these folded names, as (folded name, place name, place id).</summary>
    Task<IReadOnlyList<(string NormalizedName, string PlaceName, int PlaceId)>> FindNameOwnersAsync(
        IReadOnlyCollection<string> normalizedNames, int? exceptPlaceId, CancellationToken cancellationToken);

    /// <summary>
    /// A place other than <paramref name="exceptPlaceId"/>, named or aliased <paramref name="normalizedName"/>,
    /// that lies anywhere inside the place with path <paramref name="parentPath"/> (that place itself aside);
    /// for a country (<paramref name="parentPath"/> "/"), another country. Null when there is none.
    /// </summary>
    Task<PlaceSummary?> FindNamesakeInsideAsync(string normalizedName, string parentPath, int? exceptPlaceId, CancellationToken cancellationToken);

    /// <summary>A place with its aliases, tracked, for an update or delete.</summary>
    Task<Place?> FindForUpdateAsync(int id, CancellationToken cancellationToken);

    /// <summary>The places under <paramref name="path"/>, tracked, so a move can rewrite their paths.</summary>
    Task<IReadOnlyList<Place>> FindDescendantsForUpdateAsync(string path, CancellationToken cancellationToken);

    /// <summary>What still refers to a place: up to <paramref name="take"/> event ids and child place ids.</summary>
    Task<(IReadOnlyList<int> EventIds, IReadOnlyList<int> ChildIds)> GetUsageAsync(int id, int take, CancellationToken cancellationToken);

    void Add(Place place);

    void Remove(Place place);
}
