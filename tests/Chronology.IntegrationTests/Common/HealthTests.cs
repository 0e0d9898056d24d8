using System.Net;
using Chronology.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Chronology.IntegrationTests.Common;

/// <summary>Readiness follows the database; liveness is the process alone.</summary>
public sealed class HealthTests : IDisposable
{
    private readonly ChronologyApiFactory factory = new();

    [Fact]
    public async Task Ready_WhileTheDatabaseIsGone_Is503_AndLiveStays200()
    {
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);

        TakeTheDatabaseAway();

        using var ready = await client.GetAsync("/health/ready");
        using var live = await client.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", await live.Content.ReadAsStringAsync());
    }

    public void Dispose() => factory.Dispose();

    // SQLite: the file's folder removed, so no connection can open (a missing file alone would be re-created).
    // PostgreSQL: the database dropped under the service.
    private void TakeTheDatabaseAway()
    {
        if (TestDatabase.IsPostgres)
        {
            factory.Database.Drop();
            return;
        }

        SqliteConnection.ClearAllPools();
        var file = new SqliteConnectionStringBuilder(factory.Database.ConnectionString).DataSource;
        Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
    }
}
