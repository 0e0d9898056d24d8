using System.Text.Json;
using Chronology.Application.Audit;
using Chronology.Application.Common;
using Chronology.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Chronology.Infrastructure.Audit;

public sealed class AuditTrail(ChronologyDbContext db, ICurrentEditor editor, TimeProvider clock) : IAuditTrail
{
    public async Task<T?> RecordAsync<T>(
        string entityType,
        AuditAction action,
        object? before,
        Func<Task<(int Id, int Version)>> change,
        Func<int, Task<T?>> readAfter,
        CancellationToken cancellationToken)
        where T : class
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (id, version) = await change();
        var after = action == AuditAction.Deleted ? null : await readAfter(id);
        AddAlongside(entityType, action, id, version, before, after);

        // The entries' ids are the change feed's positions: they must be taken in commit order (see DatabaseProviders).
        await DatabaseProviders.OrderCommitsAsync(db, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return after;
    }

    public void AddAlongside(string entityType, AuditAction action, int entityId, int version, object? before, object? after) =>
        db.Set<AuditEntry>().Add(new AuditEntry
        {
            EntityType = entityType,
            EntityId = entityId,
            Action = EnumText.Name(action),
            Editor = editor.Name,
            At = clock.GetUtcNow().UtcDateTime,
            Version = version,
            Before = before is null ? null : JsonSerializer.Serialize(before, before.GetType(), ApiJson.Options),
            After = after is null ? null : JsonSerializer.Serialize(after, after.GetType(), ApiJson.Options),
        });

    public async Task<IReadOnlyList<AuditEntryResponse>> ListAsync(string entityType, int entityId, CancellationToken cancellationToken)
    {
        var rows = await db.Set<AuditEntry>().AsNoTracking()
            .Where(a => a.EntityType == entityType && a.EntityId == entityId)
            .OrderBy(a => a.Id)
            .ToListAsync(cancellationToken);
        return rows.Select(a => new AuditEntryResponse(
            a.Id,
            Enum.Parse<AuditAction>(a.Action, ignoreCase: true),
            a.Editor,
            a.At,
            a.Version,
            Parse(a.Before),
            Parse(a.After))).ToList();
    }

    private static JsonElement? Parse(string? json) => json is null ? null : JsonDocument.Parse(json).RootElement.Clone();
}
