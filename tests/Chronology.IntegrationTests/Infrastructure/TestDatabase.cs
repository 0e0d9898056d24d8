using Microsoft.Data.Sqlite;
using Npgsql;

namespace Chronology.IntegrationTests.Infrastructure;

/// <summary>
/// Where a test service keeps its data. SQLite by default: a file in a fresh temporary folder. When
/// CHRONOLOGY_TEST_POSTGRES holds a connection string, a fresh database on that PostgreSQL server,
/// created by the service's own migrations. The key names the database, so a restart test can start a
/// second service on the same data.
/// </summary>
public sealed class TestDatabase(string key)
{
    public const string PostgresVariable = "CHRONOLOGY_TEST_POSTGRES";

    public static readonly string? PostgresServer = Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    public static bool IsPostgres => PostgresServer is not null;

    public string Key { get; } = key;

    public string Provider => IsPostgres ? "Postgres" : "Sqlite";

    private string SqliteFolder => Path.Combine(Path.GetTempPath(), "chronology-tests", Key);

    private string PostgresName => $"chronology_test_{Key}";

    // Creating and dropping databases happens from the maintenance database.
    private static string PostgresAdmin => new NpgsqlConnectionStringBuilder(PostgresServer) { Database = "postgres", Pooling = false }.ConnectionString;

    public string ConnectionString => IsPostgres
        ? new NpgsqlConnectionStringBuilder(PostgresServer) { Database = PostgresName, Pooling = false }.ConnectionString
        : $"Data Source={Path.Combine(SqliteFolder, "data", "chronology.db")};Pooling=False";

    public static TestDatabase CreateNew() => new(Guid.NewGuid().ToString("N"));

    public bool Exists()
    {
        if (!IsPostgres)
        {
            return File.Exists(Path.Combine(SqliteFolder, "data", "chronology.db"));
        }

        using var connection = new NpgsqlConnection(PostgresAdmin);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", connection);
        command.Parameters.AddWithValue("name", PostgresName);
        return (long)command.ExecuteScalar()! > 0;
    }

    /// <summary>Creates the database with no tables: an empty PostgreSQL database, or an empty SQLite file.</summary>
    public void CreateEmpty()
    {
        if (IsPostgres)
        {
            using var connection = new NpgsqlConnection(PostgresAdmin);
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE \"{PostgresName}\"", connection);
            command.ExecuteNonQuery();
            return;
        }

        Directory.CreateDirectory(Path.Combine(SqliteFolder, "data"));
        using var sqlite = new SqliteConnection(ConnectionString);
        sqlite.Open();
    }

    public void Drop()
    {
        if (IsPostgres)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(PostgresAdmin);
            connection.Open();
            using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{PostgresName}\" WITH (FORCE)", connection);
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    command.ExecuteNonQuery();
                    return;
                }
                catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 20)
                {
                    // A background worker of the server (autovacuum) can hold the database for a moment.
                    Thread.Sleep(250);
                }
            }
        }

        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(SqliteFolder, recursive: true);
        }
        catch (IOException)
        {
            // Nothing was created, or a temp leftover stays behind: both harmless.
        }
    }
}
