using System.Linq.Expressions;
using Chronology.Application.Sources;
using Chronology.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Chronology.Infrastructure.Sources;

public sealed class SourceRepository(ChronologyDbContext db) : ISourceRepository
{
    public async Task<IReadOnlyList<SourceResponse>> ListAsync(int afterId, int take, CancellationToken cancellationToken) =>
        await db.Sources.AsNoTracking().Where(s => s.Id > afterId).OrderBy(s => s.Id).Take(take)
            .Select(ToResponse).ToListAsync(cancellationToken);

    public Task<SourceResponse?> GetByIdAsync(int id, CancellationToken cancellationToken) =>
        db.Sources.AsNoTracking().Where(s => s.Id == id).Select(ToResponse).FirstOrDefaultAsync(cancellationToken);

    public Task<bool> ExistsAsync(int id, CancellationToken cancellationToken) =>
        db.Sources.AnyAsync(s => s.Id == id, cancellationToken);

    // IndexOf, not Contains: instr on SQLite and strpos on PostgreSQL, both exact; PostgreSQL's Contains is
    // a LIKE pattern.
    public Task<bool?> ContainsQuoteAsync(int sourceId, string quote, CancellationToken cancellationToken) =>
        db.Sources.Where(s => s.Id == sourceId)
            .Select(s => (bool?)(s.Text == null || s.Text.IndexOf(quote) >= 0)).FirstOrDefaultAsync(cancellationToken);

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
