namespace Chronology.Application.Writing;

/// <summary>
/// What every stored record carries: timestamps (UTC), a version for optimistic concurrency, and the
/// key of the seed item it came from (null for records editors created), so the seeder can tell them apart.
/// </summary>
public abstract class Auditable
{
    public int Id { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public int Version { get; set; }

    public string? SeedKey { get; set; }

    public string? SeedHash { get; set; }

    /// <summary>For writers outside the API (the seed, the data generator); API writes are stamped by their unit of work.</summary>
    public void MarkCreated(DateTime utcNow)
    {
        CreatedAt = utcNow;
        UpdatedAt = utcNow;
        Version = 1;
    }

    /// <summary>For writers outside the API; an API write marks the record changed on its unit of work instead.</summary>
    public void MarkUpdated(DateTime utcNow)
    {
        UpdatedAt = utcNow;
        Version++;
    }
}
