using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Chronology.Floor;

/// <summary>
/// The same database the API uses, from the same settings (Database:Provider, ConnectionStrings:Chronology),
/// reached through plain ADO.NET with the providers' own connection pools.
/// </summary>
public sealed class FloorDb
{
    private readonly NpgsqlDataSource? postgres;
    private static readonly ConditionalWeakTable<object, object> Prepared = [];
    private readonly string connectionString;
    private readonly string sqlitePragmas;

    public FloorDb(IConfiguration configuration)
    {
        connectionString = configuration.GetConnectionString("Chronology")
            ?? throw new InvalidOperationException("ConnectionStrings:Chronology is not set.");
        IsPostgres = string.Equals(configuration["Database:Provider"], "Postgres", StringComparison.OrdinalIgnoreCase);
        postgres = IsPostgres ? NpgsqlDataSource.Create(WithAutoPrepare(connectionString, configuration.GetValue("Database:PostgresMaxAutoPrepare", 64))) : null;
        var memoryMap = configuration.GetValue("Database:SqliteMemoryMapMegabytes", 256) * 1024L * 1024L;
        sqlitePragmas = $"PRAGMA synchronous=FULL; PRAGMA busy_timeout=10000; PRAGMA mmap_size={memoryMap};";
    }

    public bool IsPostgres { get; }

    // The API's rule (DatabaseProviders.WithAutoPrepare): statements stay prepared on the server unless the
    // connection string says otherwise, so both servers skip PostgreSQL's planning alike.
    private static string WithAutoPrepare(string connectionString, int maxAutoPrepare)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        return given.Keys.Cast<string>().Any(key => key.Replace(" ", "", StringComparison.Ordinal).Equals("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase))
            ? connectionString
            : new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = maxAutoPrepare }.ConnectionString;
    }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        DbConnection connection = postgres is not null ? postgres.CreateConnection() : new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        if (connection is SqliteConnection { Handle: { } handle } && !Prepared.TryGetValue(handle, out _))
        {
            // The same per-connection settings as the API (SqliteConnectionSetup), once per native handle.
            await using var command = connection.Command(sqlitePragmas);
            await command.ExecuteNonQueryAsync(cancellationToken);
            Prepared.AddOrUpdate(handle, handle);
        }

        return connection;
    }

    /// <summary>SQL that is true when <paramref name="column"/> contains the text parameter.</summary>
    public string Contains(string column, string parameter) =>
        IsPostgres ? $"strpos({column}, {parameter}) > 0" : $"instr({column}, {parameter}) > 0";

    /// <summary>
    /// The earliest start an event can have and still reach a window opening at the date parameter: the
    /// longest span (the indexed SpanDays column) before it. Bounds the start index from below.
    /// </summary>
    public string EarliestStart(string parameter) => IsPostgres
        ? $"{parameter} - (SELECT COALESCE(MAX(\"SpanDays\"), 0) FROM \"Events\")"
        : $"COALESCE(date({parameter}, '-' || (SELECT COALESCE(MAX(\"SpanDays\"), 0) FROM \"Events\") || ' days'), '0001-01-01')";

    /// <summary>"column IN (…)" over <paramref name="ids"/>: an array parameter on PostgreSQL, a parameter list on SQLite.</summary>
    public string In(DbCommand command, string column, IReadOnlyList<int> ids)
    {
        if (IsPostgres)
        {
            command.Add("@ids", ids.ToArray());
            return $"{column} = ANY(@ids)";
        }

        for (var i = 0; i < ids.Count; i++)
        {
            command.Add($"@i{i}", ids[i]);
        }

        return ids.Count == 0 ? "0 = 1" : $"{column} IN ({string.Join(", ", ids.Select((_, i) => $"@i{i}"))})";
    }
}

public static class DbCommandExtensions
{
    public static DbCommand Command(this DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    public static DbCommand Add(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return command;
    }
}
