using Chronology.Application.Writing;
using Chronology.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Chronology.Infrastructure.Persistence;

/// <summary>A database transaction around one write; stamps new and changed records as it saves them.</summary>
public sealed class UnitOfWork(ChronologyDbContext db, TimeProvider clock) : IUnitOfWork
{
    public async Task<IUnitOfWorkScope> BeginAsync(CancellationToken cancellationToken)
    {
        await db.KeepConnectionOpenAsync(cancellationToken);
        // EF would wrap each save in a savepoint (two more round trips a save) so a failed save could be retried
        // inside the transaction; here a failed save ends the unit, which rolls back.
        db.Database.AutoSavepointsEnabled = false;
        return new Scope(db, clock, await db.Database.BeginTransactionAsync(cancellationToken));
    }

    private sealed class Scope(ChronologyDbContext db, TimeProvider clock, IDbContextTransaction transaction) : IUnitOfWorkScope
    {
        private readonly HashSet<Auditable> changed = new(ReferenceEqualityComparer.Instance);

        public void MarkChanged(Auditable record) => changed.Add(record);

        public async Task SaveChangesAsync(CancellationToken cancellationToken)
        {
            Stamp();
            await DbErrors.SaveChangesAsync(db, cancellationToken);
        }

        public async Task CommitAsync(CancellationToken cancellationToken)
        {
            // The entries' ids are the change feed's positions: they must be taken in commit order (see DatabaseProviders).
            if (db.ChangeTracker.Entries<AuditEntry>().Any(e => e.State == EntityState.Added))
            {
                await DatabaseProviders.OrderCommitsAsync(db, cancellationToken);
            }

            await SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        public ValueTask DisposeAsync() => transaction.DisposeAsync();

        // Whole microseconds, what PostgreSQL keeps: a response built from the saved entity then equals a later read.
        private void Stamp()
        {
            var now = clock.GetUtcNow().UtcDateTime;
            now = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
            foreach (var added in db.ChangeTracker.Entries<Auditable>().Where(e => e.State == EntityState.Added && e.Entity.Version == 0))
            {
                added.Entity.CreatedAt = now;
                added.Entity.UpdatedAt = now;
                added.Entity.Version = 1;
            }

            foreach (var record in changed)
            {
                record.UpdatedAt = now;
                record.Version++;
            }

            changed.Clear();
        }
    }
}
