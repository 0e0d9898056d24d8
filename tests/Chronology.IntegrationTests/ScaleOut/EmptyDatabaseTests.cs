using Chronology.Infrastructure.Persistence;
using Chronology.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chronology.IntegrationTests.ScaleOut;

/// <summary>The real migrations build the whole schema on a database that exists but is empty.</summary>
public sealed class EmptyDatabaseTests : IDisposable
{
    private readonly TestDatabase database = TestDatabase.CreateNew();

    [Fact]
    public async Task Migrations_ApplyOnAnEmptyDatabase()
    {
        database.CreateEmpty();
        Assert.True(database.Exists());

        using var factory = ChronologyApiFactory.With([], database);
        var events = await EventWalker.WalkAsync(factory.CreateClient(), "", 500);

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ChronologyDbContext>();
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(TestData.SeededEvents, events.Count);
    }

    public void Dispose() => database.Drop();
}
