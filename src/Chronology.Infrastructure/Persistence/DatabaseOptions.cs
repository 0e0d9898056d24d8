using System.ComponentModel.DataAnnotations;

namespace Chronology.Infrastructure.Persistence;

/// <summary>The database providers the service runs on.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary><c>Sqlite</c> (default: one file, no set-up) or <c>Postgres</c> (several instances over one server).</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply migrations and the seed file at start-up.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>Seconds a single database command may run before it is cancelled.</summary>
    [Range(1, 600)]
    public int CommandTimeoutSeconds { get; set; } = 30;

    /// <summary>
    /// SQLite only: how much of the database file is read through a memory map (0 turns it off). Mapped
    /// pages live in the operating system's page cache, shared by every connection, and show in the
    /// process's resident size as file-backed memory. Exports read without it (see DatabaseProviders.WithoutMemoryMapAsync).
    /// </summary>
    [Range(0, 65536)]
    public int SqliteMemoryMapMegabytes { get; set; } = 256;

    /// <summary>
    /// PostgreSQL only: how many of its most used statements each connection keeps prepared on the server
    /// (Npgsql's <c>Max Auto Prepare</c>), so PostgreSQL plans them once instead of on every request. Used
    /// when the connection string does not set it; 0 turns it off (needed behind a pooler in transaction
    /// mode that does not track prepared statements).
    /// </summary>
    [Range(0, 1000)]
    public int PostgresMaxAutoPrepare { get; set; } = 64;
}

/// <summary>The <c>Seed</c> configuration section.</summary>
public sealed class SeedOptions
{
    public const string SectionName = "Seed";

    /// <summary>Load the seed file at start-up.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The folder holding chronology.json and the source texts; relative paths are relative to the application folder.</summary>
    [Required]
    public string Directory { get; set; } = "Seed/Data";

    public string ResolvedDirectory => Path.IsPathRooted(Directory) ? Directory : Path.Combine(AppContext.BaseDirectory, Directory);
}
