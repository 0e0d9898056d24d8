namespace Chronology.Application.Forces;

/// <summary>Persistence of forces.</summary>
public interface IForceRepository
{
    Task<IReadOnlyList<ForceResponse>> ListAsync(ForceQuery query, CancellationToken cancellationToken);

    /// <summary>The force with the force it belongs to and its members.</summary>
    Task<ForceResponse?> GetByIdAsync(int id, CancellationToken cancellationToken);

    /// <summary>Forces whose id equals <paramref name="id"/> or whose name, abbreviation or alias folds to <paramref name="normalizedName"/>.</summary>
    Task<IReadOnlyList<ForceMatch>> FindAsync(int? id, string normalizedName, CancellationToken cancellationToken);

    Task<IReadOnlyList<int>> ExistingIdsAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken);

    /// <summary>The id with the ids of the forces it belongs to, upwards (bounded, so a damaged chain cannot loop).</summary>
    Task<IReadOnlyList<int>> GetAncestorIdsAsync(int id, CancellationToken cancellationToken);

    /// <summary>Other forces already known by one of these folded names or abbreviations, as (folded name, force name, force id).</summary>
    Task<IReadOnlyList<(string NormalizedName, string ForceName, int ForceId)>> FindNameOwnersAsync(
        IReadOnlyCollection<string> normalizedNames, int? exceptForceId, CancellationToken cancellationToken);

    /// <summary>A force with its aliases, tracked, for an update or delete.</summary>
    Task<Force?> FindForUpdateAsync(int id, CancellationToken cancellationToken);

    /// <summary>What still refers to a force: up to <paramref name="take"/> event ids and member force ids.</summary>
    Task<(IReadOnlyList<int> EventIds, IReadOnlyList<int> MemberIds)> GetUsageAsync(int id, int take, CancellationToken cancellationToken);

    void Add(Force force);

    void Remove(Force force);
}
