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
