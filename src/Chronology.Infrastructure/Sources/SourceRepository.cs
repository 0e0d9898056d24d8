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

    private static readonly Expression<Func<Source, SourceResponse>> ToResponse = s => new SourceResponse(
        s.Id, s.Title, s.Publisher, s.Url, s.PublishedOn, s.Language, s.Text, s.CreatedAt, s.UpdatedAt, s.Version);
}
