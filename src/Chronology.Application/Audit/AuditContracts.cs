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
/// The append-only record of every change made through the API. Entries are added to the caller's unit of
/// work and committed with the change they describe: there is no change without its entry.
/// </summary>
public interface IAuditTrail
{
    /// <summary>Adds the entry for one change; <paramref name="before"/> and <paramref name="after"/> are the record as the API shows it.</summary>
    void Record(string entityType, AuditAction action, int entityId, int version, object? before, object? after);

    /// <summary>The changes to one record, oldest first.</summary>
    Task<IReadOnlyList<AuditEntryResponse>> ListAsync(string entityType, int entityId, CancellationToken cancellationToken);
}
