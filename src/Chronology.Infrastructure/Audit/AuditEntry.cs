namespace Chronology.Infrastructure.Audit;

/// <summary>A stored audit entry. Nothing in the API updates or deletes these rows.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public required string EntityType { get; set; }

    public int EntityId { get; set; }

    public required string Action { get; set; }

    public required string Editor { get; set; }

    public DateTime At { get; set; }

    public int Version { get; set; }

    /// <summary>JSON of the record before the change, as the API serialises it.</summary>
    public string? Before { get; set; }

    /// <summary>JSON of the record after the change.</summary>
    public string? After { get; set; }
}
