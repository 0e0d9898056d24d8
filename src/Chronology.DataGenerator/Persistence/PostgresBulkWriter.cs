using Chronology.Application.Events;
using Chronology.Application.Forces;
using Chronology.Application.Places;
using Chronology.Application.Sources;
using Chronology.DataGenerator.Common;
using Npgsql;

namespace Chronology.DataGenerator.Persistence;

/// <summary>
/// PostgreSQL: binary COPY per table and batch, one transaction per batch. The ids were assigned by the
/// generator, so the identity sequences are moved past them at the end, and the tables vacuumed and
/// analysed so the planner sees their new size at once.
/// </summary>
public sealed class PostgresBulkWriter(NpgsqlConnection connection) : IBulkWriter
{
    public Task BeginAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task WriteWorldAsync(IReadOnlyList<Place> places, IReadOnlyList<Force> forces, Source source, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        Copy(BulkTables.Sources, [source], cancellationToken);
        Copy(BulkTables.Places, places, cancellationToken);
        Copy(BulkTables.PlaceAliases, places.SelectMany(p => p.Aliases), cancellationToken);
        Copy(BulkTables.Forces, forces, cancellationToken);
        Copy(BulkTables.ForceAliases, forces.SelectMany(f => f.Aliases), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task WriteEventsAsync(IReadOnlyList<Event> events, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        Copy(BulkTables.Events, events, cancellationToken);
        Copy(BulkTables.EventPlaces, events.SelectMany(e => e.Places), cancellationToken);
        Copy(BulkTables.EventForces, events.SelectMany(e => e.Forces), cancellationToken);
        Copy(BulkTables.Citations, events.SelectMany(e => e.Citations), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task FinishAsync(CancellationToken cancellationToken)
    {
        foreach (var table in IdRanges.Tables)
        {
            await ExecuteAsync(
                $"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'Id'), (SELECT COALESCE(MAX(\"Id\"), 0) + 1 FROM \"{table}\"), false);",
                cancellationToken);
        }

        // What autovacuum would do soon anyway: statistics for the planner, and a visibility map so that
        // index-only scans need no heap fetches. The benchmark then starts on a settled database.
        var tables = string.Join(", ", IdRanges.Tables.Concat(["EventPlaces", "EventForces"]).Select(t => $"\"{t}\""));
        await ExecuteAsync($"VACUUM (ANALYZE) {tables};", cancellationToken);
    }

    // Synchronous on purpose: a call per value, and the synchronous path of the importer is the fast one.
    private void Copy<T>(BulkTable<T> table, IEnumerable<T> rows, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var import = connection.BeginBinaryImport($"COPY {table.Target()} FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows)
        {
            import.StartRow();
            var values = table.Row(row);
            for (var i = 0; i < values.Length; i++)
            {
                if (values[i] is { } value)
                {
                    import.Write(value, table.Columns[i].Type);
                }
                else
                {
                    import.WriteNull();
                }
            }
        }

        import.Complete();
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
