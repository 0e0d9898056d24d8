using Chronology.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Chronology.Infrastructure.Idempotency;

public sealed class IdempotencyStore(ChronologyDbContext db, TimeProvider clock) : IIdempotencyStore
{
    // A request that has held its key this long without finishing is taken to have died with its instance.
    private static readonly TimeSpan InFlightTimeout = TimeSpan.FromMinutes(2);

    public async Task<(IdempotencyState State, StoredResponse? Response)> BeginAsync(
        string scope, string key, string requestHash, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var record = new IdempotencyRecord { Scope = scope, Key = key, RequestHash = requestHash, CreatedAt = now };
        db.Add(record);
        try
        {
            // The primary key makes the first insert win, on every instance at once.
            await db.SaveChangesAsync(cancellationToken);
            return (IdempotencyState.Acquired, null);
        }
        catch (DbUpdateException exception) when (DbErrors.IsDuplicateKey(exception))
        {
            // The key exists already: its primary key refused the insert.
            db.Entry(record).State = EntityState.Detached;
        }

        var existing = await db.Set<IdempotencyRecord>().FirstOrDefaultAsync(r => r.Scope == scope && r.Key == key, cancellationToken)
            ?? throw new InvalidOperationException("Idempotency record vanished between insert and read.");
        var expired = existing.CreatedAt < now - IIdempotencyStore.Lifetime;
        var abandoned = !existing.Completed && existing.CreatedAt < now - InFlightTimeout;
        if (expired || abandoned)
        {
            existing.RequestHash = requestHash;
            existing.CreatedAt = now;
            existing.Completed = false;
            existing.Body = null;
            await db.SaveChangesAsync(cancellationToken);
            return (IdempotencyState.Acquired, null);
        }

        db.Entry(existing).State = EntityState.Detached;
        if (!existing.Completed)
        {
            return (IdempotencyState.InFlight, null);
        }

        return existing.RequestHash == requestHash
            ? (IdempotencyState.Completed, new StoredResponse(existing.StatusCode, existing.Location, existing.ETag, existing.Body ?? string.Empty))
            : (IdempotencyState.Mismatch, null);
    }

    public async Task CompleteAsync(string scope, string key, StoredResponse response, CancellationToken cancellationToken) =>
        await db.Set<IdempotencyRecord>().Where(r => r.Scope == scope && r.Key == key).ExecuteUpdateAsync(set => set
            .SetProperty(r => r.Completed, true)
            .SetProperty(r => r.StatusCode, response.StatusCode)
            .SetProperty(r => r.Location, response.Location)
            .SetProperty(r => r.ETag, response.ETag)
            .SetProperty(r => r.Body, response.Body), cancellationToken);

    public async Task ReleaseAsync(string scope, string key, CancellationToken cancellationToken) =>
        await db.Set<IdempotencyRecord>().Where(r => r.Scope == scope && r.Key == key && !r.Completed)
            .ExecuteDeleteAsync(cancellationToken);
}
