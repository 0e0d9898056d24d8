namespace Chronology.Application.Forces;

/// <summary>Persistence of forces.</summary>
public interface IForceRepository
{
    Task<IReadOnlyList<ForceResponse>> ListAsync(ForceQuery query, CancellationToken cancellationToken);

    /// <summary>The force with the force it belongs to and its members.</summary>
    Task<ForceResponse?> GetByIdAsync(int id, CancellationToken cancellationToken);

    /// <summary>Forces whose id equals <paramref name="id"/> or whose name, abbreviation or alias folds to <paramref name="normalizedName"/>.</summary>
    Task<IReadOnlyList<ForceMatch>> FindAsync(int? id, string normalizedName, CancellationToken cancellationToken);
}
