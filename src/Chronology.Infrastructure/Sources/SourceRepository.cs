using System.Globalization;
using System.Linq.Expressions;
using Chronology.Application.Sources;
using Chronology.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Chronology.Infrastructure.Sources;

public sealed class SourceRepository(ChronologyDbContext db, HotReads reads) : ISourceRepository
{
    // {0}: the quote's position in the text, 0 when absent. A source without text accepts any quote.
    private const string ContainsQuoteSql = """SELECT "Text" IS NULL OR {0} > 0 FROM "Sources" WHERE "Id" = @id""";

    public async Task<IReadOnlyList<SourceResponse>> ListAsync(int afterId, int take, CancellationToken cancellationToken) =>
        await db.Sources.AsNoTracking().Where(s => s.Id > afterId).OrderBy(s => s.Id).Take(take)
            .Select(ToResponse).ToListAsync(cancellationToken);

    public Task<SourceResponse?> GetByIdAsync(int id, CancellationToken cancellationToken) =>
        db.Sources.AsNoTracking().Where(s => s.Id == id).Select(ToResponse).FirstOrDefaultAsync(cancellationToken);

    public Task<bool> ExistsAsync(int id, CancellationToken cancellationToken) =>
        db.Sources.AnyAsync(s => s.Id == id, cancellationToken);

    // Exact, case-sensitive: instr on SQLite, strpos on PostgreSQL (whose LIKE would read the quote as a pattern).
    // Through HotReads: every event write checks each of its quotes.
    public Task<bool?> ContainsQuoteAsync(int sourceId, string quote, CancellationToken cancellationToken) =>
        reads.ReadAsync(db, string.Format(CultureInfo.InvariantCulture, ContainsQuoteSql, DatabaseProviders.PositionOf(db, "@quote", "\"Text\"")),
            static async (reader, token) => await reader.ReadAsync(token) ? reader.GetBoolean(0) : (bool?)null,
            cancellationToken, ("@id", sourceId), ("@quote", quote));

    public async Task<IReadOnlyList<(int EventId, string Quote)>> GetQuotesAsync(int sourceId, CancellationToken cancellationToken) =>
        (await db.Set<Application.Events.Citation>().Where(c => c.SourceId == sourceId)
            .Select(c => new { c.EventId, c.Quote }).ToListAsync(cancellationToken))
        .Select(c => (c.EventId, c.Quote)).ToList();

    public Task<Source?> FindForUpdateAsync(int id, CancellationToken cancellationToken) =>
        db.Sources.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);

    public void Add(Source source) => db.Sources.Add(source);

    public void Remove(Source source) => db.Sources.Remove(source);

    private static readonly Expression<Func<Source, SourceResponse>> ToResponse = s => new SourceResponse(
        s.Id, s.Title, s.Publisher, s.Url, s.PublishedOn, s.Language, s.Text, s.CreatedAt, s.UpdatedAt, s.Version);
}
