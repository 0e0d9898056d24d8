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
    /// <summary>An API key with the editor role, configured (as its hash) in every test service.</summary>
    public const string EditorKey = "test-editor-key";
    public const string EditorName = "test-editor";

    /// <summary>A valid API key without the editor role.</summary>
    public const string ReaderKey = "test-reader-key";

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
        builder.UseSetting("Auth:ApiKeys:0:Name", EditorName);
        builder.UseSetting("Auth:ApiKeys:0:Sha256", Sha256(EditorKey));
        builder.UseSetting("Auth:ApiKeys:0:Roles:0", "editor");
        builder.UseSetting("Auth:ApiKeys:1:Name", "test-reader");
        builder.UseSetting("Auth:ApiKeys:1:Sha256", Sha256(ReaderKey));
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>A client that sends the editor key.</summary>
    public HttpClient CreateEditorClient() => CreateClientWithKey(EditorKey);

    public HttpClient CreateClientWithKey(string key)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    public static string Sha256(string key) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)));

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
