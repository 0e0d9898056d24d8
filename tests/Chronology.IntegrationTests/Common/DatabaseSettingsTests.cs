using System.Net;
using System.Text.Json;
using Chronology.Application.Listing;
using Chronology.Infrastructure.Persistence;
using Chronology.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Chronology.IntegrationTests.Common;

/// <summary>The Database and Seed settings reach the connection the service really uses.</summary>
public sealed class DatabaseSettingsTests : IDisposable
{
    private readonly TestDatabase database = TestDatabase.CreateNew();

    [Fact]
    public async Task SeedDisabled_WithOtherDatabaseSettings_StartsOnAMigratedEmptyDatabaseAndAppliesThem()
    {
        using var factory = ChronologyApiFactory.With(new()
        {
            ["Seed:Enabled"] = "false",
            ["Database:CommandTimeoutSeconds"] = "17",
            ["Database:SqliteMemoryMapMegabytes"] = "3",
            ["Database:PostgresMaxAutoPrepare"] = "7",
        }, database);
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        foreach (var list in new[] { "events", "places", "forces", "sources" })
        {
            var page = await client.GetJsonAsync<PagedResponse<JsonElement>>($"/api/v1/{list}");
            Assert.True(page.Items.Count == 0, $"Seed:Enabled=false, yet /api/v1/{list} has {page.Items.Count} items.");
        }

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ChronologyDbContext>();
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(17, db.Database.GetCommandTimeout());
        if (TestDatabase.IsPostgres)
        {
            Assert.Equal(7, new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()).MaxAutoPrepare);
        }
        else
        {
            Assert.Equal(3L * 1024 * 1024, await LivePragmaAsync(db, "mmap_size"));
        }
    }

    [Fact]
    public void MigrateOnStartupOff_OnADatabaseWithoutSchema_FailsAtStartNamingTheSetting()
    {
        using var factory = ChronologyApiFactory.With(new() { ["Database:MigrateOnStartup"] = "false" }, database);

        var exception = Record.Exception(() => factory.CreateClient());

        Assert.NotNull(exception);
        var message = exception.GetBaseException().Message;
        Assert.Contains("Database:MigrateOnStartup is false", message);
        Assert.Contains("Start one instance with Database:MigrateOnStartup=true", message);
    }

    [Fact]
    public async Task MigrateOnStartupOff_OnAMigratedDatabase_Serves()
    {
        using (var first = ChronologyApiFactory.With([], database))
        {
            first.CreateClient().Dispose();
        }

        using var factory = ChronologyApiFactory.With(new() { ["Database:MigrateOnStartup"] = "false" }, database);
        var events = await EventWalker.WalkAsync(factory.CreateClient(), "", 500);

        Assert.Equal(TestData.SeededEvents, events.Count);
    }

    public void Dispose() => database.Drop();

    /// <summary>A PRAGMA read on the DbContext's own connection, opened as the service opens it (its interceptors run).</summary>
    [Fact]
    public async Task WithoutMemoryMap_UnmapsTheConnectionUntilDisposed_ThenRestoresItsMap()
    {
        using var factory = ChronologyApiFactory.With(new() { ["Database:SqliteMemoryMapMegabytes"] = "3" }, database);
        factory.CreateClient().Dispose();
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ChronologyDbContext>();
        await db.KeepConnectionOpenAsync(CancellationToken.None);

        await using (await DatabaseProviders.WithoutMemoryMapAsync(db, CancellationToken.None))
        {
            Assert.Equal(TestDatabase.IsPostgres ? null : 0L, await PragmaOnOpenConnectionAsync(db, "mmap_size"));
        }

        Assert.Equal(TestDatabase.IsPostgres ? null : 3L * 1024 * 1024, await PragmaOnOpenConnectionAsync(db, "mmap_size"));
    }

    [Fact]
    public async Task Export_LeavesEveryPooledConnectionItsMemoryMap()
    {
        using var factory = ChronologyApiFactory.With(new() { ["Database:SqliteMemoryMapMegabytes"] = "3" }, database);
        using var client = factory.CreateClient();

        var export = await client.GetAsync("/api/v1/events?format=ndjson");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.True((await export.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length > 20);

        // The export read on two pooled connections; open several at once so those two are among them.
        var scopes = Enumerable.Range(0, 4).Select(_ => factory.Services.CreateScope()).ToList();
        try
        {
            foreach (var db in scopes.Select(s => s.ServiceProvider.GetRequiredService<ChronologyDbContext>()))
            {
                await db.KeepConnectionOpenAsync(CancellationToken.None);
                Assert.Equal(TestDatabase.IsPostgres ? null : 3L * 1024 * 1024, await PragmaOnOpenConnectionAsync(db, "mmap_size"));
            }
        }
        finally
        {
            scopes.ForEach(s => s.Dispose());
        }
    }

    // A pragma of the connection as it is. PostgreSQL has no memory map: there the connection must simply still be
    // open and answering (null then stands for "answered").
    private static async Task<object?> PragmaOnOpenConnectionAsync(ChronologyDbContext db, string pragma)
    {
        Assert.Equal(System.Data.ConnectionState.Open, db.Database.GetDbConnection().State);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = TestDatabase.IsPostgres ? "SELECT 1" : $"PRAGMA {pragma}";
        var answer = await command.ExecuteScalarAsync();
        if (TestDatabase.IsPostgres)
        {
            Assert.Equal(1, answer);
            return null;
        }

        return answer;
    }

    public static async Task<object?> LivePragmaAsync(ChronologyDbContext db, string pragma)
    {
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"PRAGMA {pragma}";
            return await command.ExecuteScalarAsync();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
