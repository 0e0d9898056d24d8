namespace Chronology.Application.Sources;

/// <summary>Persistence of sources.</summary>
public interface ISourceRepository
{
    /// <summary>Sources by id, after <paramref name="afterId"/>.</summary>
    Task<IReadOnlyList<SourceResponse>> ListAsync(int afterId, int take, CancellationToken cancellationToken);

    Task<SourceResponse?> GetByIdAsync(int id, CancellationToken cancellationToken);

    /// <summary>The texts of the sources that exist among <paramref name="ids"/> (null where a source has no text).</summary>
    Task<IReadOnlyDictionary<int, string?>> GetTextsAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken);

    /// <summary>The quotes taken from a source, with the events that carry them.</summary>
    Task<IReadOnlyList<(int EventId, string Quote)>> GetQuotesAsync(int sourceId, CancellationToken cancellationToken);

    Task<Source?> FindForUpdateAsync(int id, CancellationToken cancellationToken);

    void Add(Source source);

    void Remove(Source source);

    Task SaveChangesAsync(CancellationToken cancellationToken);
}
