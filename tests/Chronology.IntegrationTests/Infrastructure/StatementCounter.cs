using System.Data.Common;
using System.Diagnostics;
using Chronology.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Chronology.IntegrationTests.Infrastructure;

/// <summary>
/// Counts the commands EF Core and the service's own raw commands (<see cref="DatabaseProviders.ReportExecuted"/>) send to one test database,
/// and the transactions EF begins and commits there, from their diagnostic events (published whatever the log level). Other tests running in parallel use other
/// databases, so their commands are not counted.
/// </summary>
public sealed class StatementCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string databaseKey;
    private readonly List<IDisposable> subscriptions = [];
    private readonly IDisposable allListeners;
    private int commands;
    private int transactions;

    private StatementCounter(string databaseKey)
    {
        this.databaseKey = databaseKey;
        allListeners = DiagnosticListener.AllListeners.Subscribe(this);
    }

    /// <summary>Commands executed (a batch of statements sent at once counts as one).</summary>
    public int Commands => Volatile.Read(ref commands);

    /// <summary>Transactions begun plus transactions committed: each is a round trip of its own.</summary>
    public int TransactionStatements => Volatile.Read(ref transactions);

    public int RoundTrips => Commands + TransactionStatements;

    public static StatementCounter Start(TestDatabase database) => new(database.Key);

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name is DbLoggerCategory.Name or DatabaseProviders.RawCommandsListenerName)
        {
            lock (subscriptions)
            {
                subscriptions.Add(listener.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        var command = value.Value switch
        {
            CommandExecutedEventData executed when value.Key == RelationalEventId.CommandExecuted.Name => executed.Command,
            DbCommand hot when value.Key == DatabaseProviders.CommandExecutedEvent => hot,
            _ => null,
        };
        if (command is not null && IsOurs(command.Connection?.ConnectionString))
        {
            Interlocked.Increment(ref commands);
        }
        else if ((value.Key == RelationalEventId.TransactionStarted.Name || value.Key == RelationalEventId.TransactionCommitted.Name)
            && value.Value is TransactionEventData transaction
            // A committed SqliteTransaction no longer names its connection; the context still does.
            && IsOurs(transaction.Context?.Database.GetConnectionString()))
        {
            Interlocked.Increment(ref transactions);
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        allListeners.Dispose();
        lock (subscriptions)
        {
            subscriptions.ForEach(s => s.Dispose());
        }
    }

    private bool IsOurs(string? connectionString) => connectionString?.Contains(databaseKey, StringComparison.Ordinal) == true;
}
