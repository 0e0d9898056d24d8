using Chronology.Infrastructure.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Chronology.Infrastructure.Persistence;

/// <summary>Creates the database, applies the migrations and loads the seed file, as configured.</summary>
public static class DatabaseInitializer
{
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
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

        if (seed.Enabled)
        {
            var file = SeedFile.Read(seed.ResolvedDirectory);
            await scope.ServiceProvider.GetRequiredService<ChronologySeeder>().SeedAsync(file, cancellationToken);
        }
    }
}
