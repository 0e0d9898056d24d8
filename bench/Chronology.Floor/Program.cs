using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Chronology.Floor;

// The floor: the API's URLs over the same database, with hand-written SQL and no EF Core, so the
// benchmark can show what the framework layers cost. Settings are the API's: Database:Provider,
// ConnectionStrings:Chronology and Auth:ApiKeys (for the PUT of the write mix).
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.Services.AddSingleton<FloorDb>();
builder.Services.AddSingleton<EventReads>();
builder.Services.AddSingleton<EventWrite>();
builder.Services.AddSingleton<NameResolver>();
var app = builder.Build();
var apiKeys = ApiKeys(app.Configuration);

app.MapGet("/health/ready", async (FloorDb db, CancellationToken ct) =>
{
    await using var connection = await db.OpenAsync(ct);
    await using var command = connection.Command("SELECT 1");
    await command.ExecuteScalarAsync(ct);
    return Results.Text("Healthy");
});
app.MapGet("/api/v1/events", EventEndpoints.ListAsync);
app.MapGet("/api/v1/events/{id:int}", EventEndpoints.GetAsync);
app.MapPut("/api/v1/events/{id:int}", async (int id, HttpRequest request, EventWrite write, CancellationToken ct) =>
{
    if (request.Headers["X-Api-Key"].ToString() is not { Length: > 0 } key)
    {
        return Results.StatusCode(StatusCodes.Status401Unauthorized);
    }

    var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
    var match = apiKeys.Where(k => CryptographicOperations.FixedTimeEquals(hash, k.Hash)).ToList();
    if (match.Count == 0 || !match[0].IsEditor)
    {
        return Results.StatusCode(match.Count == 0 ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden);
    }

    var body = await request.ReadFromJsonAsync<EventBody>(Json.Options, ct);
    var ifMatch = request.Headers.IfMatch.ToString().Trim().Trim('"');
    int? expected = int.TryParse(ifMatch, out var version) ? version : null;
    return body is null ? EventEndpoints.Problem("A JSON body is required.") : await write.PutAsync(id, body, expected, match[0].Name, ct);
});

app.Run();

// The configured keys' hashes, and whether each carries the editor role (an unknown key is a 401, a reader's a 403).
static List<(byte[] Hash, bool IsEditor, string Name)> ApiKeys(IConfiguration configuration) => configuration.GetSection("Auth:ApiKeys").GetChildren()
    .Where(key => key["Sha256"] is { Length: 64 })
    .Select(key => (Convert.FromHexString(key["Sha256"]!), key.GetSection("Roles").GetChildren().Any(role => role.Value == "editor"), key["Name"] ?? "unnamed"))
    .ToList();

/// <summary>The API's JSON settings: web defaults (camelCase), nulls written, and MVC's relaxed escaping ("–", not "\u2013").</summary>
internal static class Json
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
