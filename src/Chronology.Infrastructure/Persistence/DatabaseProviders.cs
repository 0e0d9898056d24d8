using System.Data.Common;
using System.Diagnostics;
using Chronology.Application.Events;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Chronology.Infrastructure.Persistence;

/// <summary>Everything that differs between the database providers lives here.</summary>
public static class DatabaseProviders
{
    public const string ConnectionStringName = "Chronology";

    // SQLite's extended result codes (https://sqlite.org/rescode.html).
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintForeignKey = 787;

    // An ON DELETE RESTRICT action runs as a trigger, so a parent deleted from under its children fails with
    // SQLITE_CONSTRAINT_TRIGGER and SQLite's foreign-key message.
    private const int SqliteConstraintTrigger = 1811;
    private const string SqliteForeignKeyMessage = "FOREIGN KEY constraint failed";

    // SQLite's primary result codes for "another connection holds the lock" (after the busy timeout).
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    public static void AddChronologyDbContext(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = ReadProvider(configuration);
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:{ConnectionStringName} is empty. Set it in appsettings.json or as the environment variable ConnectionStrings__{ConnectionStringName}.");
        }

        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                var setup = new SqliteConnectionSetup(database.SqliteMemoryMapMegabytes);
                services.AddDbContextPool<ChronologyDbContext, SqliteChronologyDbContext>(options => options
                    .UseSqlite(connectionString, sqlite => sqlite
                        .CommandTimeout(database.CommandTimeoutSeconds)
                        .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter)
                        .MigrationsAssembly(typeof(SqliteChronologyDbContext).Assembly.FullName))
                    .AddInterceptors(setup));
                // A factory registration, so the container closes its connections when the application stops.
                services.AddSingleton(_ => new HotReads(connectionString, setup, database.CommandTimeoutSeconds));
                break;
            case DatabaseProvider.Postgres:
                services.AddDbContextPool<ChronologyDbContext, PostgresChronologyDbContext>(options => options
                    .UseNpgsql(WithAutoPrepare(connectionString, database.PostgresMaxAutoPrepare), npgsql => npgsql
                        .CommandTimeout(database.CommandTimeoutSeconds)
                        .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter)
                        .MigrationsAssembly(typeof(PostgresChronologyDbContext).Assembly.FullName)));
                services.AddSingleton(_ => new HotReads());
                break;
            default:
                throw new InvalidOperationException($"Database:Provider '{provider}' is not supported.");
        }
    }

    /// <summary>
    /// The connection string with <c>Max Auto Prepare</c> set to <paramref name="maxAutoPrepare"/> unless it
    /// names its own: without prepared statements PostgreSQL plans every statement on every request, which
    /// cost a single-event read more than running it.
    /// </summary>
    public static string WithAutoPrepare(string connectionString, int maxAutoPrepare)
    {
        // The plain builder lists the keys the string sets (Npgsql's own answers for every key it knows).
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.Keys.Cast<string>().Any(key => key.Replace(" ", "", StringComparison.Ordinal).Equals("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase)))
        {
            return connectionString;
        }

        return new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = maxAutoPrepare }.ConnectionString;
    }

    public static DatabaseProvider ReadProvider(IConfiguration configuration)
    {
        var text = configuration[$"{DatabaseOptions.SectionName}:{nameof(DatabaseOptions.Provider)}"];
        if (string.IsNullOrWhiteSpace(text))
        {
            return DatabaseProvider.Sqlite;
        }

        return Enum.TryParse<DatabaseProvider>(text, ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            && !int.TryParse(text, out _)
            ? provider
            : throw new InvalidOperationException(
                $"Database:Provider is '{text}'; it must be Sqlite or Postgres.");
    }

    /// <summary>
    /// Applies the migrations, one instance at a time: on PostgreSQL under a session advisory lock held
    /// on the migrating connection (instances that start together would otherwise race to create the
    /// same tables); SQLite's migrator takes its own lock.
    /// </summary>
    public static async Task MigrateExclusivelyAsync(ChronologyDbContext db, CancellationToken cancellationToken)
    {
        if (!IsPostgres(db))
        {
            await db.Database.MigrateAsync(cancellationToken);
            return;
        }

        // The database may not exist yet; the migrator creates it, so the lock can only follow.
        var creator = db.GetService<Microsoft.EntityFrameworkCore.Storage.IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
        {
            try
            {
                await creator.CreateAsync(cancellationToken);
            }
            catch (Npgsql.PostgresException e) when (e.SqlState == Npgsql.PostgresErrorCodes.DuplicateDatabase)
            {
                // Another instance created it first.
            }
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_lock(727273)", cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }
        finally
        {
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_unlock(727273)", CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Serialises seeding across instances that start together: on PostgreSQL a transaction-scoped
    /// advisory lock; SQLite's write transaction is exclusive already.
    /// </summary>
    public static async Task LockForSeedingAsync(ChronologyDbContext db, CancellationToken cancellationToken)
    {
        if (IsPostgres(db))
        {
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(727274)", cancellationToken);
        }
    }

    /// <summary>
    /// Makes the audit entries' ids follow commit order, which the change feed relies on: a reader that has
    /// seen id 10 must never later find a 9 committed. PostgreSQL hands out identity values when rows are
    /// inserted, not when transactions commit, so two writers could commit 10 before 9; a transaction-scoped
    /// advisory lock taken just before the entries are inserted, and held to commit, puts the id and the
    /// commit of each write in one queue. It is held only for the last statement and the commit. SQLite
    /// runs one write transaction at a time, so its ids follow commits already.
    /// </summary>
    public static async Task OrderCommitsAsync(ChronologyDbContext db, CancellationToken cancellationToken)
    {
        if (IsPostgres(db))
        {
            await using var command = CreateCommand(db, OrderCommitsSql);
            await command.ExecuteNonQueryAsync(cancellationToken);
            ReportExecuted(command);
        }
    }

    /// <summary>The advisory lock key of <see cref="OrderCommitsAsync"/>.</summary>
    public const long CommitOrderLock = 727275;

    private static readonly string OrderCommitsSql = $"SELECT pg_advisory_xact_lock({CommitOrderLock})";

    /// <summary>Provider-specific preparation before migrations: the SQLite file's folder and its journal mode.</summary>
    public static async Task PrepareAsync(ChronologyDbContext db, CancellationToken cancellationToken)
    {
        if (IsPostgres(db))
        {
            return;
        }

        var dataSource = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder) && dataSource != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }

        // WAL lets readers go on while one writer commits; it is a property of the file, so set once.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// The constraint that refused a save, by the provider's own error code (SQLite's extended result code,
    /// PostgreSQL's SQLSTATE), with its name where the provider gives one; null when no unique or foreign key did.
    /// </summary>
    public static (ConstraintKind Kind, string? Name)? ConstraintOf(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException { SqliteExtendedErrorCode: SqliteConstraintUnique or SqliteConstraintPrimaryKey } => (ConstraintKind.Unique, null),
        SqliteException { SqliteExtendedErrorCode: SqliteConstraintForeignKey } => (ConstraintKind.ForeignKey, null),
        SqliteException { SqliteExtendedErrorCode: SqliteConstraintTrigger } e when e.Message.Contains(SqliteForeignKeyMessage, StringComparison.Ordinal)
            => (ConstraintKind.ForeignKey, null),
        Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation } e => (ConstraintKind.Unique, e.ConstraintName),
        Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.ForeignKeyViolation } e => (ConstraintKind.ForeignKey, e.ConstraintName),
        _ => null,
    };

    /// <summary>
    /// Whether <paramref name="exception"/> (or one it wraps) says the database cannot take the request now but may
    /// shortly: PostgreSQL out of connection slots (53300) or starting or stopping (57P03), Npgsql's pool or connect
    /// timing out, SQLite still locked by another writer when its busy timeout ran out. Nothing was stored; the
    /// same request may be sent again.
    /// </summary>
    public static bool IsTemporarilyUnavailable(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            var unavailable = current switch
            {
                Npgsql.PostgresException e => e.SqlState is Npgsql.PostgresErrorCodes.TooManyConnections or Npgsql.PostgresErrorCodes.CannotConnectNow,
                Npgsql.NpgsqlException { InnerException: TimeoutException } => true,
                SqliteException e => e.SqliteErrorCode is SqliteBusy or SqliteLocked,
                _ => false,
            };
            if (unavailable)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="db"/> is on PostgreSQL. By the context's type: EF's own <c>IsNpgsql()</c> reads the
    /// provider's assembly name each time, which the hot paths asked several times a request.
    /// </summary>
    public static bool IsPostgres(ChronologyDbContext db) => db is PostgresChronologyDbContext;

    /// <summary>The diagnostic listener the raw statements a request runs (not EF's; not connection pragmas) are reported to, the command as the value.</summary>
    public const string RawCommandsListenerName = "Chronology.RawCommands";

    /// <summary>The event <see cref="ReportExecuted"/> writes.</summary>
    public const string CommandExecutedEvent = "CommandExecuted";

    private static readonly DiagnosticListener RawCommands = new(RawCommandsListenerName);

    /// <summary>
    /// Reports a raw command that has run, as EF reports its own, so whoever counts a request's statements (the
    /// write-cost tests, a profiler) sees every round trip. Nothing is written unless someone listens.
    /// </summary>
    public static void ReportExecuted(DbCommand command)
    {
        if (RawCommands.IsEnabled(CommandExecutedEvent))
        {
            RawCommands.Write(CommandExecutedEvent, command);
        }
    }

    /// <summary>
    /// A raw command on the context's connection, in its transaction if one is open, with its command timeout and
    /// <paramref name="parameters"/>: for the reads EF cannot express or runs too slowly (see <see cref="HotReads"/>,
    /// <c>EventLinks</c>). Run it with <see cref="ExecuteReaderAsync"/>, which reports it.
    /// </summary>
    public static DbCommand CreateCommand(ChronologyDbContext db, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandTimeout = db.Database.GetCommandTimeout() ?? command.CommandTimeout;
        foreach (var (name, value) in parameters)
        {
            var added = command.CreateParameter();
            added.ParameterName = name;
            added.Value = value ?? DBNull.Value;
            command.Parameters.Add(added);
        }

        return command;
    }

    /// <summary>Runs a raw command's query and reports it (<see cref="ReportExecuted"/>).</summary>
    public static async Task<DbDataReader> ExecuteReaderAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var reader = await command.ExecuteReaderAsync(cancellationToken);
        ReportExecuted(command);
        return reader;
    }

    /// <summary>
    /// "Is one of the values in <paramref name="parameter"/>" (ids, or strings), for raw SQL: <c>= ANY(@ids)</c> over an array on
    /// PostgreSQL, <c>IN (SELECT value FROM json_each(@ids))</c> over a JSON array on SQLite (as EF's own translation
    /// does). One parameter however many ids, so the statement's text stays the same and its plan is reused.
    /// </summary>
    public static string InSet(ChronologyDbContext db, string parameter) =>
        IsPostgres(db) ? $"= ANY({parameter})" : $"IN (SELECT value FROM json_each({parameter}))";

    /// <summary>
    /// Until disposed, SQLite reads this connection's pages with read() instead of through its memory map (a no-op on
    /// PostgreSQL). For an export, which reads the whole file once: through the map every page it touches would stay
    /// in the process's resident memory, up to <c>Database:SqliteMemoryMapMegabytes</c> per connection (an export of a
    /// million events peaked at 482 MB resident with the default 256 MB map, at 220 MB without it); the operating
    /// system's page cache keeps the file either way. Disposing restores the connection's map for the requests after.
    /// </summary>
    public static async Task<IAsyncDisposable> WithoutMemoryMapAsync(ChronologyDbContext db, CancellationToken cancellationToken)
    {
        if (IsPostgres(db))
        {
            return NoMemoryMap.Instance;
        }

        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA mmap_size";
        var mapped = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        command.CommandText = "PRAGMA mmap_size=0";
        await command.ExecuteNonQueryAsync(cancellationToken);
        return new MemoryMapRestorer(connection, mapped);
    }

    private sealed class NoMemoryMap : IAsyncDisposable
    {
        public static readonly NoMemoryMap Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private sealed class MemoryMapRestorer(DbConnection connection, long mapped) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            if (connection.State == System.Data.ConnectionState.Open)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"PRAGMA mmap_size={mapped}");
                // Not the request's token: a client that went away must not leave a pooled connection unmapped.
                await command.ExecuteNonQueryAsync(CancellationToken.None);
            }
        }
    }

    /// <summary>
    /// Where <paramref name="needle"/> first occurs in <paramref name="haystack"/>, counting from 1, 0 when it does not:
    /// exact and case-sensitive on both providers (SQLite's <c>instr</c>, PostgreSQL's <c>strpos</c>).
    /// </summary>
    public static string PositionOf(ChronologyDbContext db, string needle, string haystack) =>
        IsPostgres(db) ? $"strpos({haystack}, {needle})" : $"instr({haystack}, {needle})";

    /// <summary>The value of an <see cref="InSet"/> parameter: an integer array on PostgreSQL, a JSON array on SQLite.</summary>
    public static object IdSet(ChronologyDbContext db, IReadOnlyCollection<int> ids) =>
        IsPostgres(db) ? ids.ToArray() : "[" + string.Join(',', ids) + "]";

    /// <summary>
    /// "Comes after the row (<paramref name="key"/>, <paramref name="id"/>)" in the order of <paramref name="keyColumn"/>
    /// then <paramref name="idColumn"/>, ascending or descending, for a keyset page. PostgreSQL gets a row comparison,
    /// <c>("Start", "Id") &gt; (@start, @id)</c>, which it turns into an index bound; it only filters the OR form, row
    /// by row, from the start of the index. SQLite gets a plain bound on the first column (<c>"Start" &gt;= @start</c>)
    /// that any SQLite version seeks to, and the tie-break as a filter (a bare OR is a full index scan on SQLite 3.40:
    /// 34 ms instead of 0.1 ms for page 10,000 of a million).
    /// </summary>
    public static string After(ChronologyDbContext db, string keyColumn, string idColumn, string key, string id, bool ascending)
    {
        var (beyond, through) = ascending ? (">", ">=") : ("<", "<=");
        return IsPostgres(db)
            ? $"({keyColumn}, {idColumn}) {beyond} ({key}, {id})"
            : $"{keyColumn} {through} {key} AND ({keyColumn} {beyond} {key} OR {idColumn} {beyond} {id})";
    }

    /// <summary>A time as a parameter value: PostgreSQL's timestamp with time zone takes only UTC DateTimes, and every time the service keeps is UTC.</summary>
    public static object Timestamp(ChronologyDbContext db, DateTime value) =>
        IsPostgres(db) ? DateTime.SpecifyKind(value, DateTimeKind.Utc) : value;

    /// <summary>A set of strings as one parameter value for <see cref="InSet"/>.</summary>
    public static object TextSet(ChronologyDbContext db, IReadOnlyCollection<string> values) =>
        IsPostgres(db) ? values.ToArray() : System.Text.Json.JsonSerializer.Serialize(values);

    /// <summary>A parameter of the context's provider, for SQL handed to EF (<c>FromSqlRaw</c>).</summary>
    public static DbParameter Parameter(ChronologyDbContext db, string name, object? value) =>
        IsPostgres(db) ? new Npgsql.NpgsqlParameter(name, value ?? DBNull.Value) : new SqliteParameter(name, value ?? DBNull.Value);

    /// <summary>The SQLite schema's own columns: an event's span in days, computed from its dates when read.</summary>
    public static void ConfigureSqliteModel(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Event>().Property(e => e.SpanDays)
            .HasComputedColumnSql("CAST(julianday(\"EffectiveEnd\") - julianday(\"Start\") AS INTEGER)", stored: false);

    /// <summary>The PostgreSQL schema's own columns: the span stored, and folded names and paths in the C collation.</summary>
    public static void ConfigurePostgresModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Event>().Property(e => e.SpanDays).HasComputedColumnSql("(\"EffectiveEnd\" - \"Start\")", stored: true);

        // Folded names and paths compare byte-wise, as on SQLite: keyset paging and prefix matches then
        // behave the same on both providers and can use plain b-tree indexes.
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(t => t.GetProperties())
                     .Where(p => p.Name is "NormalizedName" or "NormalizedAbbreviation" or "Path" or "SearchText"))
        {
            property.SetCollation("C");
        }
    }
}

/// <summary>The kinds of constraint failure a save can meet that are not bugs.</summary>
public enum ConstraintKind
{
    Unique,
    ForeignKey,
}
