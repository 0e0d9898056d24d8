using Chronology.Application.Events;
using Chronology.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Chronology.Infrastructure.Events;

public sealed class EventRepository(ChronologyDbContext db) : IEventRepository
{
    private static readonly Func<ChronologyDbContext, Task<int?>> LongestSpan =
        EF.CompileAsyncQuery((ChronologyDbContext db) => db.Events.Max(e => (int?)e.SpanDays));

    public async Task<IReadOnlyList<EventResponse>> ListAsync(EventQuery query, CancellationToken cancellationToken)
    {
        await db.KeepConnectionOpenAsync(cancellationToken);
        var events = EventFilters.Apply(db.Events.AsNoTracking(), query);
        if (query.From is { } from)
        {
            // Nothing that starts before the longest span can reach the window: bound the start index.
            var longest = await LongestSpan(db) ?? 0;
            var earliest = from.DayNumber - longest <= DateOnly.MinValue.DayNumber ? DateOnly.MinValue : from.AddDays(-longest);
            events = events.Where(e => e.Start >= earliest);
        }

        events = EventFilters.OrderAfter(events, query.Sort, query.After, rowValues: db.Database.IsNpgsql());
        var rows = await events.Take(query.Take).Select(EventRows.Scalars).ToListAsync(cancellationToken);
        return await EventRows.WithLinksAsync(db, rows, cancellationToken);
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

    public void Add(Event entity) => db.Events.Add(entity);

    public void Remove(Event entity) => db.Events.Remove(entity);

    public Task SaveChangesAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);
}
