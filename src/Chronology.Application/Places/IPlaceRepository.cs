namespace Chronology.Application.Places;

/// <summary>Persistence of places.</summary>
public interface IPlaceRepository
{
    Task<IReadOnlyList<PlaceResponse>> ListAsync(PlaceQuery query, CancellationToken cancellationToken);

    /// <summary>The place with its ancestors and children.</summary>
    Task<PlaceResponse?> GetByIdAsync(int id, CancellationToken cancellationToken);

    /// <summary>Places whose id equals <paramref name="id"/> or whose name or alias folds to <paramref name="normalizedName"/>.</summary>
    Task<IReadOnlyList<PlaceMatch>> FindAsync(int? id, string normalizedName, CancellationToken cancellationToken);
}
