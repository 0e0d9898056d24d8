namespace Chronology.Application.Sources;

/// <summary>Persistence of sources.</summary>
public interface ISourceRepository
{
    /// <summary>Sources by id, after <paramref name="afterId"/>.</summary>
    Task<IReadOnlyList<SourceResponse>> ListAsync(int afterId, int take, CancellationToken cancellationToken);

    Task<SourceResponse?> GetByIdAsync(int id, CancellationToken cancellationToken);
}
