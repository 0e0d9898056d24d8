using Chronology.Infrastructure.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Chronology.Infrastructure.Persistence;

/// <summary>Creates the database, applies the migrations and loads the seed file, as configured.</summary>
public static class DatabaseInitializer
{
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        // Every validated setting first (the host would check them only once it starts), so a bad one stops
        // the start before the database is created, migrated or seeded.
        services.GetService<IStartupValidator>()?.Validate();

        await using var scope = services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var seed = scope.ServiceProvider.GetRequiredService<IOptions<SeedOptions>>().Value;
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer));
        var db = scope.ServiceProvider.GetRequiredService<ChronologyDbContext>();

        if (database.MigrateOnStartup)
        {
            await DatabaseProviders.PrepareAsync(db, cancellationToken);
            await DatabaseProviders.MigrateExclusivelyAsync(db, cancellationToken);
            var applied = await db.Database.GetAppliedMigrationsAsync(cancellationToken);
            logger.LogInformation("Database ready on {Provider}: schema at {Migration}", database.Provider, applied.LastOrDefault());
        }
        else
        {
            await RequireMigratedAsync(db, cancellationToken);
        }

        if (seed.Enabled)
        {
            var file = SeedFile.Read(seed.ResolvedDirectory);
            await scope.ServiceProvider.GetRequiredService<ChronologySeeder>().SeedAsync(file, cancellationToken);
        }
    }

    // Without migrations at start-up, another instance or an operator owns the schema; a database they have
    // not brought up to date would fail at the first request, so the start fails instead, and says why.
    private static async Task RequireMigratedAsync(ChronologyDbContext db, CancellationToken cancellationToken)
    {
        var exists = await db.GetService<IRelationalDatabaseCreator>().ExistsAsync(cancellationToken);
        var pending = exists ? (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList() : db.Database.GetMigrations().ToList();
        if (pending.Count > 0)
        {
            throw new InvalidOperationException(
                $"Database:MigrateOnStartup is false, but the database {(exists ? "lacks" : "does not exist and so lacks")} {pending.Count} migration(s), "
                + $"the first {pending[0]}. Start one instance with Database:MigrateOnStartup=true, or apply the migrations yourself.");
        }
    }
}
