using Chronology.Application.Events;
using Chronology.Application.Forces;
using Chronology.Application.Places;
using Chronology.Application.Sources;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Chronology.Infrastructure.Persistence;

/// <summary>
/// The chronology's tables. Each database provider has a derived context with its own migrations
/// (see <see cref="DatabaseProviders"/>); everything else uses this type.
/// </summary>
public abstract class ChronologyDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Event> Events => Set<Event>();

    public DbSet<Place> Places => Set<Place>();

    public DbSet<Force> Forces => Set<Force>();

    public DbSet<Source> Sources => Set<Source>();

    /// <summary>
    /// Keeps the connection open until the request's context is returned to the pool, instead of EF's
    /// open and close around every query. On SQLite each open re-registers EF's SQL functions on the
    /// native handle; a request that runs several queries pays that once.
    /// </summary>
    public async Task KeepConnectionOpenAsync(CancellationToken cancellationToken)
    {
        if (Database.GetDbConnection().State != System.Data.ConnectionState.Open)
        {
            await Database.OpenConnectionAsync(cancellationToken);
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ChronologyDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Timestamps are UTC throughout; the database hands them back without a kind, so say it.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<EventType>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<DatePrecision>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<ForceRole>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<PlaceKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<ForceKind>().HaveConversion<string>().HaveMaxLength(32);
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
}

/// <summary>The SQLite schema; migrations in Persistence/Migrations/Sqlite.</summary>
public sealed class SqliteChronologyDbContext(DbContextOptions<SqliteChronologyDbContext> options)
    : ChronologyDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        DatabaseProviders.ConfigureSqliteModel(modelBuilder);
    }
}

/// <summary>The PostgreSQL schema; migrations in Persistence/Migrations/Postgres.</summary>
public sealed class PostgresChronologyDbContext(DbContextOptions<PostgresChronologyDbContext> options)
    : ChronologyDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        DatabaseProviders.ConfigurePostgresModel(modelBuilder);
    }
}
