using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Chronology.BrowserTests.Infrastructure;

/// <summary>
/// The real service on a real loopback port (Kestrel), on its own SQLite file in a temporary folder,
/// seeded by the service itself, with an editor key configured — the settings the integration tests use.
/// </summary>
public sealed class ExplorerServer : WebApplicationFactory<Program>
{
    public const string EditorKey = "browser-test-editor-key";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "chronology-browser-tests", Guid.NewGuid().ToString("N"));

    public ExplorerServer()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
    }

    public Uri BaseAddress { get; }

    public static string Sha256(string key) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(folder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Chronology", $"Data Source={Path.Combine(folder, "chronology.db")};Pooling=False");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("RateLimiting:Enabled", "false");
        builder.UseSetting("Auth:ApiKeys:0:Name", "browser-test-editor");
        builder.UseSetting("Auth:ApiKeys:0:Sha256", Sha256(EditorKey));
        builder.UseSetting("Auth:ApiKeys:0:Roles:0", "editor");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A temp leftover is harmless.
            }
        }
    }
}
