using Chronology.Application.Events;
using Chronology.Application.Forces;
using Chronology.Application.Places;
using Chronology.Application.Sources;
using Microsoft.Data.Sqlite;

namespace Chronology.DataGenerator.Persistence;

/// <summary>
/// SQLite: one prepared INSERT per table, reused for every row, inside large transactions. While it
/// runs, the connection skips fsync (synchronous=OFF) and keeps a large page cache; a crash mid-way
/// loses only the batch in flight, which is rolled back.
/// </summary>
public sealed class SqliteBulkWriter(SqliteConnection connection) : IBulkWriter
{
    private readonly Dictionary<string, SqliteCommand> inserts = [];
    private SqliteTransaction? transaction;
    private long previousSynchronous = 2;

    public async Task BeginAsync(CancellationToken cancellationToken)
    {
        previousSynchronous = (long)(await ScalarAsync("PRAGMA synchronous;", cancellationToken))!;
        await ScalarAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        await ScalarAsync("PRAGMA synchronous=OFF;", cancellationToken);
        await ScalarAsync("PRAGMA cache_size=-262144;", cancellationToken);
    }

    public Task WriteWorldAsync(IReadOnlyList<Place> places, IReadOnlyList<Force> forces, Source source, CancellationToken cancellationToken) =>
        InTransactionAsync(() =>
        {
            Insert(BulkTables.Sources, [source]);
            Insert(BulkTables.Places, places);
            Insert(BulkTables.PlaceAliases, places.SelectMany(p => p.Aliases));
            Insert(BulkTables.Forces, forces);
            Insert(BulkTables.ForceAliases, forces.SelectMany(f => f.Aliases));
        }, cancellationToken);

    public Task WriteEventsAsync(IReadOnlyList<Event> events, CancellationToken cancellationToken) =>
        InTransactionAsync(() =>
        {
            Insert(BulkTables.Events, events);
            Insert(BulkTables.EventPlaces, events.SelectMany(e => e.Places));
            Insert(BulkTables.EventForces, events.SelectMany(e => e.Forces));
            Insert(BulkTables.Citations, events.SelectMany(e => e.Citations));
        }, cancellationToken);

    public async Task FinishAsync(CancellationToken cancellationToken)
    {
        foreach (var command in inserts.Values)
        {
            await command.DisposeAsync();
        }

        // Fold the write-ahead log into the database file, so the service starts on a compact file.
        await ScalarAsync($"PRAGMA synchronous={previousSynchronous};", cancellationToken);
        await ScalarAsync("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
    }

    private async Task InTransactionAsync(Action write, CancellationToken cancellationToken)
    {
        await using var current = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        transaction = current;
        try
        {
            write();
            await current.CommitAsync(cancellationToken);
        }
        finally
        {
            transaction = null;
        }
    }

    private void Insert<T>(BulkTable<T> table, IEnumerable<T> rows)
    {
        var command = Prepare(table);
        var parameters = command.Parameters;
        foreach (var row in rows)
        {
            var values = table.Row(row);
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i] ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
        }
    }

    private SqliteCommand Prepare<T>(BulkTable<T> table)
    {
        if (!inserts.TryGetValue(table.Name, out var command))
        {
            var names = table.Columns.Select((_, i) => $"$p{i}").ToList();
            command = connection.CreateCommand();
            command.CommandText = $"INSERT INTO {table.Target()} VALUES ({string.Join(", ", names)});";
            names.ForEach(name => command.Parameters.Add(new SqliteParameter { ParameterName = name }));
            inserts[table.Name] = command;
        }

        command.Transaction = transaction;
        return command;
    }

    private async Task<object?> ScalarAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
