using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Chronology.IntegrationTests.Infrastructure;

/// <summary>
/// The real service over HTTP, on its own database (see <see cref="TestDatabase"/>), migrated and
/// seeded by the service itself at start-up. <see cref="With"/> passes extra settings, or a database
/// that outlives the factory, for restart tests.
/// </summary>
public class ChronologyApiFactory : WebApplicationFactory<Program>
{
    /// <summary>An API key with the editor role, configured (as its hash) in every test service.</summary>
    public const string EditorKey = "test-editor-key";
    public const string EditorName = "test-editor";

    /// <summary>A valid API key without the editor role.</summary>
    public const string ReaderKey = "test-reader-key";

    private Dictionary<string, string?> settings = [];
    private bool ownsDatabase = true;
    private bool withTestKeys = true;
    private string environment = "Testing";

    public TestDatabase Database { get; private set; } = TestDatabase.CreateNew();

    public static ChronologyApiFactory With(Dictionary<string, string?> settings, TestDatabase? database = null, string environment = "Testing")
    {
        var factory = new ChronologyApiFactory { settings = settings, environment = environment };
        if (database is not null)
        {
            factory.Database = database;
            factory.ownsDatabase = false;
        }

        return factory;
    }

    /// <summary>A service as a fresh install has it: no API key configured at all.</summary>
    public static ChronologyApiFactory WithoutKeys() => new() { withTestKeys = false };

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

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("Database:Provider", Database.Provider);
        builder.UseSetting("ConnectionStrings:Chronology", Database.ConnectionString);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("RateLimiting:Enabled", "false");
        if (withTestKeys)
        {
            builder.UseSetting("Auth:ApiKeys:0:Name", EditorName);
            builder.UseSetting("Auth:ApiKeys:0:Sha256", Sha256(EditorKey));
            builder.UseSetting("Auth:ApiKeys:0:Roles:0", "editor");
            builder.UseSetting("Auth:ApiKeys:1:Name", "test-reader");
            builder.UseSetting("Auth:ApiKeys:1:Sha256", Sha256(ReaderKey));
        }

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && ownsDatabase)
        {
            Database.Drop();
        }
    }
}
