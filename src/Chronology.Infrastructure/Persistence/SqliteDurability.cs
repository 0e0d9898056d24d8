using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Chronology.Infrastructure.Persistence;

/// <summary>
/// Sets SQLite's durability on every connection: synchronous=FULL, so a commit (and so every 2xx
/// answer to a write) has reached the disk before it is acknowledged, even in WAL mode; and a busy
/// timeout, so concurrent writers wait for each other instead of failing.
/// </summary>
public sealed class SqliteDurability : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=FULL; PRAGMA busy_timeout=10000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
