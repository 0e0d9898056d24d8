using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Chronology.Infrastructure.Persistence;

/// <summary>
/// Sets up every SQLite connection: synchronous=FULL, so a commit (and so every 2xx answer to a write)
/// has reached the disk before it is acknowledged, even in WAL mode; a busy timeout, so concurrent
/// writers wait for each other instead of failing; and a memory map of the file, so reads come straight
/// from the operating system's page cache instead of a read() call and a copy per page.
/// </summary>
/// <remarks>
/// EF opens and closes the connection around its work, and Microsoft.Data.Sqlite hands back the same
/// native handle from its pool each time. The pragmas belong to that handle, so they run once per native
/// connection, not once per open.
/// </remarks>
public sealed class SqliteConnectionSetup(int memoryMapMegabytes) : DbConnectionInterceptor
{
    private static readonly ConditionalWeakTable<object, object> Prepared = [];

    private readonly string pragmas = string.Create(CultureInfo.InvariantCulture,
        $"PRAGMA synchronous=FULL; PRAGMA busy_timeout=10000; PRAGMA mmap_size={memoryMapMegabytes * 1024L * 1024L};");

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsNew(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = pragmas;
            command.ExecuteNonQuery();
            MarkPrepared(connection);
        }
    }

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default) =>
        ApplyAsync(connection, cancellationToken);

    /// <summary>Sets up a connection opened outside EF (see <see cref="HotReads"/>) as EF's own are.</summary>
    public async Task ApplyAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        if (IsNew(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
            MarkPrepared(connection);
        }
    }

    private static bool IsNew(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || !Prepared.TryGetValue(handle, out _);

    private static void MarkPrepared(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            Prepared.AddOrUpdate(handle, handle);
        }
    }
}
