using Chronology.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Chronology.IntegrationTests.Infrastructure;

/// <summary>
/// The real service over HTTP, on its own SQLite file in a fresh temporary folder (migrated and seeded
/// by the service itself at start-up). <see cref="With"/> passes extra settings or a data folder that
/// outlives the factory, for restart tests.
/// </summary>
public class ChronologyApiFactory : WebApplicationFactory<Program>
{
    private Dictionary<string, string?> settings = [];
    private bool ownsDataFolder = true;

    public string DataFolder { get; private set; } = Path.Combine(Path.GetTempPath(), "chronology-tests", Guid.NewGuid().ToString("N"));

    public static ChronologyApiFactory With(Dictionary<string, string?> settings, string? dataFolder = null)
    {
        var factory = new ChronologyApiFactory { settings = settings };
        if (dataFolder is not null)
        {
            factory.DataFolder = dataFolder;
            factory.ownsDataFolder = false;
        }

        return factory;
    }

    public string DatabasePath => Path.Combine(DataFolder, "chronology.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting($"ConnectionStrings:{DatabaseProviders.ConnectionStringName}", $"Data Source={DatabasePath};Pooling=False");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            if (ownsDataFolder)
            {
                TryDelete(DataFolder);
            }
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; the next run uses a new one.
        }
    }
}
