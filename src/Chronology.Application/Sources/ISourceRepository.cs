namespace Chronology.Application.Sources;

/// <summary>Persistence of sources.</summary>
public interface ISourceRepository
{
    /// <summary>Sources by id, after <paramref name="afterId"/>.</summary>
    Task<IReadOnlyList<SourceResponse>> ListAsync(int afterId, int take, CancellationToken cancellationToken);

    Task<SourceResponse?> GetByIdAsync(int id, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(int id, CancellationToken cancellationToken);

    /// <summary>
    /// Whether <paramref name="quote"/> appears verbatim (ordinal) in the source's text: null when there is no
    /// such source, true when the source has no text to check against. The database searches the text, so
    /// a long document is not read into the service for every write that cites it.
    /// </summary>
    Task<bool?> ContainsQuoteAsync(int sourceId, string quote, CancellationToken cancellationToken);

    /// <summary>The quotes taken from a source, with the events that carry them.</summary>
    Task<IReadOnlyList<(int EventId, string Quote)>> GetQuotesAsync(int sourceId, CancellationToken cancellationToken);

    Task<Source?> FindForUpdateAsync(int id, CancellationToken cancellationToken);

    void Add(Source source);

    void Remove(Source source);
}
