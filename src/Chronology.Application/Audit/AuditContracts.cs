using System.Text.Json;

namespace Chronology.Application.Audit;

/// <summary>What a change did to a record.</summary>
public enum AuditAction
{
    Created,
    Updated,
    Deleted,
}

/// <summary>The kinds of record the audit trail covers.</summary>
public static class AuditedTypes
{
    public const string Event = "event";
    public const string Place = "place";
    public const string Force = "force";
    public const string Source = "source";
    public const string Proposal = "proposal";
}

/// <summary>One change to a record: who, when, and the record before and after, as the API showed it.</summary>
/// <param name="Id">Position in the trail; later changes have higher ids.</param>
/// <param name="Action">created, updated or deleted.</param>
/// <param name="Editor">The API key's name or the token's subject.</param>
/// <param name="At">When the change was saved (UTC).</param>
/// <param name="Version">The record's version after the change (before it, for a delete).</param>
/// <param name="Before">The record before the change; null for a create.</param>
/// <param name="After">The record after the change; null for a delete.</param>
public sealed record AuditEntryResponse(
    long Id, AuditAction Action, string Editor, DateTime At, int Version, JsonElement? Before, JsonElement? After);

/// <summary>
/// The append-only record of every change made through the API. A change and its entry are saved in
/// one transaction: there is no change without its entry.
/// </summary>
public interface IAuditTrail
{
    /// <summary>
    /// Runs <paramref name="change"/> (which saves the record and returns its id and version), then reads
    /// the record back with <paramref name="readAfter"/> and stores the entry, all in one transaction.
    /// </summary>
    Task<T?> RecordAsync<T>(
        string entityType,
        AuditAction action,
        object? before,
        Func<Task<(int Id, int Version)>> change,
        Func<int, Task<T?>> readAfter,
        CancellationToken cancellationToken)
        where T : class;

    /// <summary>
    /// Adds an entry for a record changed alongside the one <see cref="RecordAsync{T}"/> is recording (e.g. the
    /// proposal an accepted event came from); call it inside that change, so both are saved in its transaction.
    /// </summary>
    void AddAlongside(string entityType, AuditAction action, int entityId, int version, object? before, object? after);

    /// <summary>The changes to one record, oldest first.</summary>
    Task<IReadOnlyList<AuditEntryResponse>> ListAsync(string entityType, int entityId, CancellationToken cancellationToken);
}
