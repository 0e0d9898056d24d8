using System.Text.Json;
using Chronology.Application.Audit;
using Chronology.Application.Json;
using Chronology.Application.Text;
using Chronology.Application.Writing;
using Chronology.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Chronology.Infrastructure.Audit;

public sealed class AuditTrail(ChronologyDbContext db, ICurrentEditor editor, TimeProvider clock) : IAuditTrail
{
    public void Record(string entityType, AuditAction action, int entityId, int version, object? before, object? after) =>
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
