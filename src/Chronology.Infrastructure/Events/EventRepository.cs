using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Chronology.Application.Events;
using Chronology.Application.Forces;
using Chronology.Application.Places;
using Chronology.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chronology.Infrastructure.Events;

public sealed class EventRepository(ChronologyDbContext db, HotReads reads, IServiceScopeFactory scopes) : IEventRepository
{
    private const string LongestSpanSql = """SELECT MAX("SpanDays") FROM "Events" """;

    // {0} and {1}: "is one of" the place ids and the force ids.
    private const string LinkTargetsSql = """
        SELECT "Id", "Name", "Kind", "Latitude", "Longitude" FROM "Places" WHERE "Id" {0};
        SELECT "Id", "Name", "Abbreviation", "Kind" FROM "Forces" WHERE "Id" {1};
        """;

    private const string PlacePathSql = """SELECT "Path" FROM "Places" WHERE "Id" = @id""";

    /// <summary>Rows an export reads at a time: one keyset query and one link query per batch.</summary>
    public const int StreamBatchSize = 1_000;

    /// <summary>Batches each stage of an export runs ahead of the next: enough to keep all busy, few enough to keep memory flat.</summary>
    private const int StreamBatchesAhead = 2;

    public async Task<IReadOnlyList<EventResponse>> ListAsync(EventQuery query, CancellationToken cancellationToken)
    {
        // One more than the page, to tell whether another page follows.
        var (sql, parameters) = (await FilteredAsync(query, cancellationToken)).Page(query.Sort, query.After, query.Limit + 1);
        var rows = await reads.ListAsync(db, sql, EventRows.Read, cancellationToken, parameters);
        return await EventRows.WithLinksAsync(reads, db, rows, cancellationToken);
    }

    /// <summary>
    /// Every matching event in keyset batches, read by two tasks ahead of the caller: one reads the event rows on
    /// this request's context, the other their links on a second context (a connection of its own, from a scope of
    /// its own), so reading rows, reading links and writing the answer share the machine's cores. Each context is
    /// only ever used by its one task, and both tasks have ended before the enumeration returns.
    /// </summary>
    /// <remarks>
    /// Neither connection reads through SQLite's memory map during an export (see <see cref="DatabaseProviders.WithoutMemoryMapAsync"/>).
    /// As with any two statements outside one transaction, a write that lands between reading a batch's rows and
    /// its links shows its new links; every event still comes once, in order.
    /// </remarks>
    public async IAsyncEnumerable<EventResponse> StreamAsync(EventQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rows = Channel.CreateBounded<List<EventRows.Row>>(new BoundedChannelOptions(StreamBatchesAhead) { SingleReader = true, SingleWriter = true });
        var batches = Channel.CreateBounded<IReadOnlyList<EventResponse>>(new BoundedChannelOptions(StreamBatchesAhead) { SingleReader = true, SingleWriter = true });
        await using var linkScope = scopes.CreateAsyncScope();
        var linkDb = linkScope.ServiceProvider.GetRequiredService<ChronologyDbContext>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var rowReader = Task.Run(() => ReadRowsAsync(query, rows.Writer, stop.Token), CancellationToken.None);
        var linkReader = Task.Run(() => AddLinksAsync(linkDb, rows.Reader, batches.Writer, stop.Token), CancellationToken.None);
        try
        {
            await foreach (var batch in batches.Reader.ReadAllAsync(cancellationToken))
            {
                foreach (var item in batch)
                {
                    yield return item;
                }
            }

            await Task.WhenAll(rowReader, linkReader); // a reader's own failure, if it had one
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(rowReader, linkReader).ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    private async Task ReadRowsAsync(EventQuery query, ChannelWriter<List<EventRows.Row>> rows, CancellationToken cancellationToken)
    {
        try
        {
            await db.KeepConnectionOpenAsync(cancellationToken);
            await using var unmapped = await DatabaseProviders.WithoutMemoryMapAsync(db, cancellationToken);
            var filtered = await FilteredAsync(query, cancellationToken);
            var after = query.After;
            for (var remaining = query.Limit; remaining > 0;)
            {
                // Each batch continues after the last row of the one before, as the next page of the list would.
                var size = Math.Min(StreamBatchSize, remaining);
                var batch = await ReadBatchAsync(filtered.Page(query.Sort, after, size), cancellationToken);
                if (batch.Count > 0)
                {
                    await rows.WriteAsync(batch, cancellationToken);
                }

                if (batch.Count < size)
                {
                    break;
                }

                remaining -= batch.Count;
                after = new EventCursor(batch[^1].Start, batch[^1].UpdatedAt, batch[^1].Id);
            }

            rows.Complete();
        }
        catch (Exception exception)
        {
            rows.Complete(exception);
            throw;
        }
    }

    // On the request's own connection (not HotReads): the export reads it with SQLite's memory map switched off.
    private async Task<List<EventRows.Row>> ReadBatchAsync((string Sql, (string Name, object? Value)[] Parameters) page, CancellationToken cancellationToken)
    {
        await using var command = DatabaseProviders.CreateCommand(db, page.Sql, page.Parameters);
        var rows = new List<EventRows.Row>();
        await using var reader = await DatabaseProviders.ExecuteReaderAsync(command, cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(EventRows.Read(reader));
        }

        return rows;
    }

    private static async Task AddLinksAsync(
        ChronologyDbContext linkDb, ChannelReader<List<EventRows.Row>> rows, ChannelWriter<IReadOnlyList<EventResponse>> batches, CancellationToken cancellationToken)
    {
        try
        {
            await linkDb.KeepConnectionOpenAsync(cancellationToken);
            await using var unmapped = await DatabaseProviders.WithoutMemoryMapAsync(linkDb, cancellationToken);
            var names = new EventLinkNames();
            await foreach (var batch in rows.ReadAllAsync(cancellationToken))
            {
                await batches.WriteAsync(await EventRows.WithLinksAsync(linkDb, batch, names, cancellationToken), cancellationToken);
            }

            batches.Complete();
        }
        catch (Exception exception)
        {
            batches.Complete(exception);
            throw;
        }
    }

    public async Task<IReadOnlyList<EventStatsItem>> CountByAsync(EventQuery query, EventStatsGroup groupBy, CancellationToken cancellationToken)
    {
        await db.KeepConnectionOpenAsync(cancellationToken);
        var filtered = await FilteredAsync(query, cancellationToken);
        var events = db.Events.FromSqlRaw(filtered.AllColumns(),
            filtered.Parameters.Select(p => DatabaseProviders.Parameter(db, p.Name, p.Value)).ToArray<object>()).AsNoTracking();
        return await EventStatistics.CountByAsync(db, events, groupBy, cancellationToken);
    }

    public Task<EventResponse?> GetByIdAsync(int id, CancellationToken cancellationToken) =>
        EventById.ReadAsync(reads, db, id, cancellationToken);

    public async Task<Event?> FindForUpdateAsync(int id, CancellationToken cancellationToken)
    {
        await db.KeepConnectionOpenAsync(cancellationToken);
        return await db.Events.Include(e => e.Places).Include(e => e.Forces).Include(e => e.Citations)
            .AsSingleQuery().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
    }

    public Task<bool> ExistsAsync(int id, CancellationToken cancellationToken) =>
        db.Events.AnyAsync(e => e.Id == id, cancellationToken);

    public Task<EventLinkTargets> GetLinkTargetsAsync(
        IReadOnlyCollection<int> placeIds, IReadOnlyCollection<int> forceIds, CancellationToken cancellationToken) =>
        // Both lookups in one command, so a write's reference check costs one round trip, not two.
        reads.ReadAsync(db, string.Format(CultureInfo.InvariantCulture, LinkTargetsSql, DatabaseProviders.InSet(db, "@places"), DatabaseProviders.InSet(db, "@forces")),
            static async (reader, token) =>
            {
                var places = new Dictionary<int, EventPlaceResponse>();
                while (await reader.ReadAsync(token))
                {
                    places[reader.GetInt32(0)] = new EventPlaceResponse(reader.GetInt32(0), reader.GetString(1), Enum.Parse<PlaceKind>(reader.GetString(2)),
                        reader.IsDBNull(3) ? null : reader.GetDouble(3), reader.IsDBNull(4) ? null : reader.GetDouble(4));
                }

                await reader.NextResultAsync(token);
                var forces = new Dictionary<int, ForceSummary>();
                while (await reader.ReadAsync(token))
                {
                    forces[reader.GetInt32(0)] = new ForceSummary(reader.GetInt32(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                        Enum.Parse<ForceKind>(reader.GetString(3)));
                }

                return new EventLinkTargets(places, forces);
            }, cancellationToken, ("@places", DatabaseProviders.IdSet(db, placeIds)), ("@forces", DatabaseProviders.IdSet(db, forceIds)));

    public async Task<IReadOnlyList<int>> GetAncestorIdsAsync(int id, CancellationToken cancellationToken)
    {
        var chain = new List<int>();
        for (int? current = id; current is { } next && chain.Count < 100 && !chain.Contains(next);)
        {
            chain.Add(next);
            current = await db.Events.Where(e => e.Id == next).Select(e => e.ParentId).FirstOrDefaultAsync(cancellationToken);
        }

        return chain;
    }

    public async Task<IReadOnlyList<int>> GetChildIdsAsync(int id, CancellationToken cancellationToken) =>
        await db.Events.Where(e => e.ParentId == id).OrderBy(e => e.Id).Select(e => e.Id).Take(100).ToListAsync(cancellationToken);

    // The query's filters, with what they need from storage: the longest span (for a window) and the materialised
    // paths of the places asked for.
    private async Task<EventSql> FilteredAsync(EventQuery query, CancellationToken cancellationToken)
    {
        var longest = query.Window.From is null ? 0 : await reads.ScalarAsync<int>(db, LongestSpanSql, cancellationToken);
        var paths = new List<string>(query.PlaceIds.Count);
        foreach (var id in query.PlaceIds)
        {
            paths.Add(await reads.ScalarAsync<string>(db, PlacePathSql, cancellationToken, ("@id", id))
                ?? throw new InvalidOperationException($"Place {id} was resolved but has no path."));
        }

        return EventSql.Filter(db, query, paths, longest);
    }

    public void Add(Event entity) => db.Events.Add(entity);

    public void Remove(Event entity) => db.Events.Remove(entity);
}
