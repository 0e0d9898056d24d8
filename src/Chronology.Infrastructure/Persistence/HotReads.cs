using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Chronology.Infrastructure.Persistence;

/// <summary>
/// Runs the small reads nearly every request makes — the data version, the single event, the links of a page of
/// events, the place or force a filter names, the longest span a date window needs — with their statements compiled
/// once instead of once a request, and without EF's per-query work around them.
/// </summary>
/// <remarks>
/// <para>
/// PostgreSQL: on the request's own connection; Npgsql already keeps the statements prepared on the server
/// (<see cref="DatabaseProviders.WithAutoPrepare"/>).
/// </para>
/// <para>
/// SQLite: compiling a statement is SQLite's work, in this process, and Microsoft.Data.Sqlite throws the compiled
/// statement away when its command is disposed — EF disposes its commands after every query, so the single event
/// spent half of SQLite's time compiling its UNION. Here a few connections of their own stay open, each keeping
/// one compiled command per statement text; a read borrows one connection, runs, and gives it back. Each read is a
/// statement on its own, outside any transaction, so it sees every write committed before it began, as a read on
/// the request's connection would. Reads that must see the request's own uncommitted writes do not come here.
/// </para>
/// </remarks>
public sealed class HotReads : IDisposable
{
    private readonly string? sqliteConnectionString;
    private readonly SqliteConnectionSetup? sqliteSetup;
    private readonly ConcurrentBag<Session> idle = [];
    private readonly int maxIdle = Math.Clamp(4 * Environment.ProcessorCount, 4, 32);
    private readonly int commandTimeoutSeconds;
    private int idleCount;
    private bool disposed;

    /// <summary>A runner for PostgreSQL: every read on the request's connection.</summary>
    public HotReads()
    {
    }

    /// <summary>A runner for SQLite: reads on connections of its own to <paramref name="connectionString"/>.</summary>
    public HotReads(string connectionString, SqliteConnectionSetup setup, int commandTimeoutSeconds)
    {
        sqliteConnectionString = connectionString;
        sqliteSetup = setup;
        this.commandTimeoutSeconds = commandTimeoutSeconds;
    }

    /// <summary>Runs <paramref name="sql"/> with <paramref name="parameters"/> and hands its reader to <paramref name="read"/>.</summary>
    public async Task<T> ReadAsync<T>(
        ChronologyDbContext db, string sql, Func<DbDataReader, CancellationToken, Task<T>> read, CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters)
    {
        if (sqliteConnectionString is null)
        {
            await db.KeepConnectionOpenAsync(cancellationToken);
            await using var command = DatabaseProviders.CreateCommand(db, sql, parameters);
            await using var reader = await DatabaseProviders.ExecuteReaderAsync(command, cancellationToken);
            return await read(reader, cancellationToken);
        }

        var session = Borrow() ?? await OpenAsync(cancellationToken);
        try
        {
            var compiled = session.Command(sql, parameters);
            for (var i = 0; i < parameters.Length; i++)
            {
                compiled.Parameters[i].Value = parameters[i].Value ?? DBNull.Value;
            }

            T result;
            await using (var reader = await DatabaseProviders.ExecuteReaderAsync(compiled, cancellationToken))
            {
                result = await read(reader, cancellationToken);
            }

            GiveBack(session);
            return result;
        }
        catch
        {
            // A connection that failed once (a vanished file, a cancelled read) is not worth trusting again.
            session.Dispose();
            throw;
        }
    }

    /// <summary>The first column of the first row of <paramref name="sql"/>; the type's default when there is no row or it is null.</summary>
    public Task<T?> ScalarAsync<T>(
        ChronologyDbContext db, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        ReadAsync(db, sql, static async (reader, token) =>
            await reader.ReadAsync(token) && !reader.IsDBNull(0) ? reader.GetFieldValue<T>(0) : default, cancellationToken, parameters);

    /// <summary>Every row of <paramref name="sql"/>, each made by <paramref name="map"/>.</summary>
    public Task<List<T>> ListAsync<T>(
        ChronologyDbContext db, string sql, Func<DbDataReader, T> map, CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters) =>
        ReadAsync(db, sql, async (reader, token) =>
        {
            var rows = new List<T>();
            while (await reader.ReadAsync(token))
            {
                rows.Add(map(reader));
            }

            return rows;
        }, cancellationToken, parameters);

    private Session? Borrow()
    {
        if (!idle.TryTake(out var session))
        {
            return null;
        }

        Interlocked.Decrement(ref idleCount);
        return session;
    }

    private void GiveBack(Session session)
    {
        if (Volatile.Read(ref disposed) || Interlocked.Increment(ref idleCount) > maxIdle)
        {
            Interlocked.Decrement(ref idleCount);
            session.Dispose();
            return;
        }

        idle.Add(session);
    }

    private async Task<Session> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(sqliteConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await sqliteSetup!.ApplyAsync(connection, cancellationToken);
            return new Session(connection, commandTimeoutSeconds);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public void Dispose()
    {
        Volatile.Write(ref disposed, true);
        while (idle.TryTake(out var session))
        {
            session.Dispose();
        }
    }

    /// <summary>An open connection and the commands compiled on it, one per statement text.</summary>
    private sealed class Session(SqliteConnection connection, int commandTimeoutSeconds) : IDisposable
    {
        private const int MaxStatements = 128;

        private readonly Dictionary<string, SqliteCommand> commands = new(StringComparer.Ordinal);

        // The parameters are created once, with the statement, by name and in order; each read sets their values.
        public SqliteCommand Command(string sql, (string Name, object? Value)[] parameters)
        {
            if (!commands.TryGetValue(sql, out var command))
            {
                // A list's statement depends on which filters a request combines: keep memory bounded however many.
                if (commands.Count >= MaxStatements)
                {
                    DisposeCommands();
                }

                command = connection.CreateCommand();
                command.CommandText = sql;
                command.CommandTimeout = commandTimeoutSeconds;
                foreach (var (name, _) in parameters)
                {
                    command.Parameters.Add(new SqliteParameter { ParameterName = name });
                }

                command.Prepare();
                commands.Add(sql, command);
            }

            return command;
        }

        public void Dispose()
        {
            DisposeCommands();
            connection.Dispose();
        }

        private void DisposeCommands()
        {
            foreach (var command in commands.Values)
            {
                command.Dispose();
            }

            commands.Clear();
        }
    }
}
