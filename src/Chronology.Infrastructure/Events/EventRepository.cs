using System.Linq.Expressions;
using Chronology.Application.Events;
using Chronology.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Chronology.Infrastructure.Events;

public sealed class EventRepository(ChronologyDbContext db) : IEventRepository
{
    public async Task<IReadOnlyList<EventResponse>> ListAsync(EventQuery query, CancellationToken cancellationToken)
    {
        var events = EventFilters.Apply(db.Events.AsNoTracking(), query);
        events = EventFilters.OrderAfter(events, query.Sort, query.After);
        return await events.Take(query.Take).Select(ToResponse).AsSplitQuery().ToListAsync(cancellationToken);
    }

    public Task<EventResponse?> GetByIdAsync(int id, CancellationToken cancellationToken) =>
        db.Events.AsNoTracking().Where(e => e.Id == id).Select(ToResponse).AsSplitQuery().FirstOrDefaultAsync(cancellationToken);

    public Task<Event?> FindForUpdateAsync(int id, CancellationToken cancellationToken) =>
        db.Events.Include(e => e.Places).Include(e => e.Forces).Include(e => e.Citations)
            .AsSplitQuery().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);

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

    private static readonly Expression<Func<Event, EventResponse>> ToResponse = e => new EventResponse(
        e.Id,
        e.Title,
        e.Summary,
        e.Type,
        e.Start,
        e.End,
        e.Precision,
        e.Approximate,
        e.DateText,
        e.Fatalities,
        e.Places.OrderBy(p => p.PlaceId)
            .Select(p => new EventPlaceResponse(p.PlaceId, p.Place!.Name, p.Place.Kind, p.Place.Latitude, p.Place.Longitude))
            .ToList(),
        e.Forces.OrderBy(f => f.Role).ThenBy(f => f.ForceId)
            .Select(f => new EventForceResponse(f.ForceId, f.Force!.Name, f.Force.Abbreviation, f.Force.Kind, f.Role))
            .ToList(),
        e.Citations.OrderBy(c => c.Id).Select(c => new CitationResponse(c.SourceId, c.Quote)).ToList(),
        e.ParentId,
        e.Notes,
        e.CreatedAt,
        e.UpdatedAt,
        e.Version);
}
