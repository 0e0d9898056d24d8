using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Chronology.Application.Places;
using Chronology.Application.Writing;
using Chronology.Infrastructure.Audit;
using Chronology.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Chronology.Infrastructure.Seed;

/// <summary>
/// Loads the seed file idempotently. Each seeded record remembers its seed key and a hash of the seed
/// item it came from: a restart adds nothing twice, a changed item updates its record, and records
/// that editors created (no seed key) are never touched. Items that leave the file are kept.
/// </summary>
public sealed class ChronologySeeder(ChronologyDbContext db, TimeProvider clock, ILogger<ChronologySeeder> logger)
{
    private int added;
    private int updated;
    private int unchanged;

    public async Task SeedAsync(SeedFile file, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await DatabaseProviders.LockForSeedingAsync(db, cancellationToken);
        var ids = new SeedIds();

        await UpsertAsync(db.Sources, file.Sources, s => s.Key, ids.Sources,
            SeedMapping.NewSource, SeedMapping.ApplySource, null, cancellationToken);
        await UpsertAsync(db.Places.Include(p => p.Aliases), file.Places, p => p.Key, ids.Places,
            () => new Place(), SeedMapping.ApplyPlace, (place, item) => place.ParentId = ids.ParentOf(ids.Places, item.Parent, item.Key),
            cancellationToken);
        await RefreshPlacePathsAsync(file.Places, ids, cancellationToken);
        await UpsertAsync(db.Forces.Include(f => f.Aliases), file.Forces, f => f.Key, ids.Forces,
            () => new Application.Forces.Force(), SeedMapping.ApplyForce, (force, item) => force.ParentId = ids.ParentOf(ids.Forces, item.Parent, item.Key),
            cancellationToken);
        await UpsertAsync(db.Events.Include(e => e.Places).Include(e => e.Forces).Include(e => e.Citations).AsSplitQuery(),
            file.Events, e => e.Key, ids.Events,
            SeedMapping.NewEvent, (entity, item) => SeedMapping.ApplyEvent(entity, item, ids),
            (entity, item) => entity.ParentId = ids.ParentOf(ids.Events, item.Parent, item.Key), cancellationToken);

        if (added + updated > 0)
        {
            // The data version moves with every write transaction, seeding included, so cached answers expire.
            await DatabaseProviders.OrderCommitsAsync(db, cancellationToken);
            db.Set<AuditEntry>().Add(DataVersionMarks.Seed(clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation(
            "Seed applied: {Added} records added, {Updated} updated, {Unchanged} unchanged; the file holds {Sources} sources, {Places} places, {Forces} forces, {Events} events",
            added, updated, unchanged, file.Sources.Count, file.Places.Count, file.Forces.Count, file.Events.Count);
    }

    private async Task UpsertAsync<TEntity, TItem>(
        IQueryable<TEntity> existing,
        IReadOnlyList<TItem> items,
        Func<TItem, string> keyOf,
        Dictionary<string, int> ids,
        Func<TEntity> create,
        Action<TEntity, TItem> apply,
        Action<TEntity, TItem>? linkParent,
        CancellationToken cancellationToken)
        where TEntity : Auditable
    {
        var seeded = await existing.Where(e => e.SeedKey != null).ToDictionaryAsync(e => e.SeedKey!, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = new List<(TEntity Entity, TItem Item)>();
        foreach (var item in items)
        {
            var key = keyOf(item);
            var hash = Hash(item);
            if (!seeded.TryGetValue(key, out var entity))
            {
                entity = create();
                apply(entity, item);
                entity.SeedKey = key;
                entity.SeedHash = hash;
                entity.MarkCreated(now);
                db.Add(entity);
                added++;
            }
            else if (entity.SeedHash != hash)
            {
                apply(entity, item);
                entity.SeedHash = hash;
                entity.MarkUpdated(now);
                updated++;
            }
            else
            {
                unchanged++;
                continue;
            }

            seeded[key] = entity;
            changed.Add((entity, item));
        }

        // Two saves, not one per record: parents within the same list get their ids in the first.
        await db.SaveChangesAsync(cancellationToken);
        foreach (var item in items)
        {
            ids[keyOf(item)] = seeded[keyOf(item)].Id;
        }

        if (linkParent is not null && changed.Count > 0)
        {
            changed.ForEach(c => linkParent(c.Entity, c.Item));
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    // A place's path holds its own id, known only after insert; parents precede children in the file.
    private async Task RefreshPlacePathsAsync(IReadOnlyList<SeedPlace> items, SeedIds ids, CancellationToken cancellationToken)
    {
        var places = await db.Places.Where(p => p.SeedKey != null).ToDictionaryAsync(p => p.Id, cancellationToken);
        foreach (var place in items.Select(item => places[ids.Places[item.Key]]))
        {
            var parentPath = place.ParentId is { } parentId ? places[parentId].Path : "/";
            place.Path = Place.PathOf(parentPath, place.Id);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Hash<TItem>(TItem item) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(item, SeedFile.JsonOptions))));
}

/// <summary>Seed keys mapped to database ids, filled as the seeder goes.</summary>
public sealed class SeedIds
{
    public Dictionary<string, int> Sources { get; } = [];

    public Dictionary<string, int> Places { get; } = [];

    public Dictionary<string, int> Forces { get; } = [];

    public Dictionary<string, int> Events { get; } = [];

    /// <summary>The id of a parent named by key, which must be in the same list and saved already.</summary>
    public int? ParentOf(Dictionary<string, int> ids, string? parentKey, string owner) =>
        parentKey is null ? null
        : ids.TryGetValue(parentKey, out var id) ? id
        : throw new InvalidDataException($"Seed item '{owner}' names parent '{parentKey}', which the seed file does not list.");
}
