namespace Chronology.Infrastructure.Audit;

/// <summary>
/// Audit rows that record no change to a record but move the data version: writes that bypass the API
/// (the seed, the data generator) add one, so answers cached under the old version are not served again.
/// The change feed lists only events, places, forces and sources, so these rows never appear in it.
/// </summary>
public static class DataVersionMarks
{
    public const string EntityType = "bulk";

    public static AuditEntry Seed(DateTime utcNow) => new()
    {
        EntityType = EntityType,
        EntityId = 0,
        Action = "updated",
        Editor = "seed",
        At = utcNow,
        Version = 0,
    };
}
