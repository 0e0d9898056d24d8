using Chronology.Application.Audit;
using Chronology.Application.Changes;
using Chronology.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Chronology.Infrastructure.Audit;

/// <summary>The change feed read from the audit trail, by its primary key: page 1,000,000 costs what page 1 does.</summary>
public sealed class ChangeFeed(ChronologyDbContext db, HotReads reads) : IChangeFeed
{
    private static readonly string[] FeedTypes = [AuditedTypes.Event, AuditedTypes.Place, AuditedTypes.Force, AuditedTypes.Source];

    public async Task<IReadOnlyList<ChangeResponse>> ListAsync(long afterSeq, int take, CancellationToken cancellationToken) =>
        await db.Set<AuditEntry>().AsNoTracking()
            // `EntityType + ""` keeps the planners on the primary key: given the type, SQLite picks the
            // (EntityType, EntityId, Id) index instead and sorts every matching row (50 ms a page at 1M changes).
            .Where(a => a.Id > afterSeq && FeedTypes.Contains(a.EntityType + ""))
            .OrderBy(a => a.Id).Take(take)
            .Select(a => new ChangeResponse(a.Id, a.EntityType, a.EntityId, a.Action, a.Version, a.At))
            .ToListAsync(cancellationToken);

    private const string HeadSql = """SELECT MAX("Id") FROM "AuditEntries" """;

    /// <summary>
    /// The latest change's sequence number: one index lookup, read first on every cached read, through
    /// <see cref="HotReads"/> (compiled once on SQLite, prepared on the server on PostgreSQL).
    /// </summary>
    public Task<long> HeadAsync(CancellationToken cancellationToken) => reads.ScalarAsync<long>(db, HeadSql, cancellationToken);
}
