using System.Runtime.CompilerServices;
using Chronology.Application.Events;
using Chronology.Application.Forces;
using Chronology.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Chronology.Infrastructure.Events;

public sealed class EventRepository(ChronologyDbContext db) : IEventRepository
{
    private static readonly Func<ChronologyDbContext, Task<int?>> LongestSpan =
        EF.CompileAsyncQuery((ChronologyDbContext db) => db.Events.Max(e => (int?)e.SpanDays));

    /// <summary>Rows an export reads at a time: one keyset query and three link queries per batch.</summary>
    public const int StreamBatchSize = 1_000;

    public async Task<IReadOnlyList<EventResponse>> ListAsync(EventQuery query, CancellationToken cancellationToken)
    {
        await db.KeepConnectionOpenAsync(cancellationToken);
        var events = EventFilters.OrderAfter(await FilteredAsync(query), query.Sort, query.After, rowValues: db.Database.IsNpgsql());
        var rows = await events.Take(query.Take).Select(EventRows.Scalars).ToListAsync(cancellationToken);
        return await EventRows.WithLinksAsync(db, rows, cancellationToken);
    }

    public async IAsyncEnumerable<EventResponse> StreamAsync(EventQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await db.KeepConnectionOpenAsync(cancellationToken);
        var filtered = await FilteredAsync(query);
        var after = query.After;
        for (var remaining = query.Take; remaining > 0;)
        {
            // Each batch continues after the last row of the one before, as the next page of the list would.
            var size = Math.Min(StreamBatchSize, remaining);
            var rows = await EventFilters.OrderAfter(filtered, query.Sort, after, rowValues: db.Database.IsNpgsql())
                .Take(size).Select(EventRows.Scalars).ToListAsync(cancellationToken);
            foreach (var item in await EventRows.WithLinksAsync(db, rows, cancellationToken))
            {
                yield return item;
            }

            if (rows.Count < size)
            {
                yield break;
            }

            remaining -= rows.Count;
            after = new EventCursor(rows[^1].Start, rows[^1].UpdatedAt, rows[^1].Id);
        }
    }

    public async Task<IReadOnlyList<EventStatsItem>> CountByAsync(EventQuery query, EventStatsGroup groupBy, CancellationToken cancellationToken)
    {
        await db.KeepConnectionOpenAsync(cancellationToken);
        return await EventStatistics.CountByAsync(db, await FilteredAsync(query), groupBy, cancellationToken);
    }

    public async Task<EventResponse?> GetByIdAsync(int id, CancellationToken cancellationToken)
    {
        await db.KeepConnectionOpenAsync(cancellationToken);
        return await EventRows.ByIdAsync(db, id, cancellationToken);
    }

    public async Task<Event?> FindForUpdateAsync(int id, CancellationToken cancellationToken)
    {
        await db.KeepConnectionOpenAsync(cancellationToken);
        return await db.Events.Include(e => e.Places).Include(e => e.Forces).Include(e => e.Citations)
            .AsSingleQuery().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
    }

    public Task<bool> ExistsAsync(int id, CancellationToken cancellationToken) =>
        db.Events.AnyAsync(e => e.Id == id, cancellationToken);

    public async Task<EventLinkTargets> GetLinkTargetsAsync(
        IReadOnlyCollection<int> placeIds, IReadOnlyCollection<int> forceIds, CancellationToken cancellationToken)
    {
        var places = await db.Places.AsNoTracking().Where(p => placeIds.Contains(p.Id))
            .Select(p => new EventPlaceResponse(p.Id, p.Name, p.Kind, p.Latitude, p.Longitude)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var forces = await db.Forces.AsNoTracking().Where(f => forceIds.Contains(f.Id))
            .Select(f => new ForceSummary(f.Id, f.Name, f.Abbreviation, f.Kind)).ToDictionaryAsync(f => f.Id, cancellationToken);
        return new EventLinkTargets(places, forces);
    }

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

    // The query's filters, untracked. With a window start, nothing that starts before the longest span can
    // reach the window, which bounds the start index.
    private async Task<IQueryable<Event>> FilteredAsync(EventQuery query)
    {
        var events = EventFilters.Apply(db.Events.AsNoTracking(), query);
        if (query.From is { } from)
        {
            var longest = await LongestSpan(db) ?? 0;
            var earliest = from.DayNumber - longest <= DateOnly.MinValue.DayNumber ? DateOnly.MinValue : from.AddDays(-longest);
            events = events.Where(e => e.Start >= earliest);
        }

        return events;
    }

    public void Add(Event entity) => db.Events.Add(entity);

    public void Remove(Event entity) => db.Events.Remove(entity);
}
