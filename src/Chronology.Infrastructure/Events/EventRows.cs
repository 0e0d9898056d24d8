using System.Linq.Expressions;
using Chronology.Application.Events;
using Chronology.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Chronology.Infrastructure.Events;

/// <summary>
/// Reads a page of events in two steps: the filtered, ordered page of event rows first, then the
/// places, forces and citations of just those ids, each by its indexed event id. The filter runs once,
/// however many links the page has.
/// </summary>
internal static class EventRows
{
    public sealed record Row(
        int Id, string Title, string Summary, EventType Type, DateOnly Start, DateOnly? End, DatePrecision Precision,
        bool Approximate, string? DateText, int? Fatalities, int? ParentId, string? Notes,
        DateTime CreatedAt, DateTime UpdatedAt, int Version);

    public static readonly Expression<Func<Event, Row>> Scalars = e => new Row(
        e.Id, e.Title, e.Summary, e.Type, e.Start, e.End, e.Precision, e.Approximate, e.DateText, e.Fatalities,
        e.ParentId, e.Notes, e.CreatedAt, e.UpdatedAt, e.Version);

    public static async Task<IReadOnlyList<EventResponse>> WithLinksAsync(
        ChronologyDbContext db, IReadOnlyList<Row> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var ids = rows.Select(r => r.Id).ToArray();
        var places = (await db.Set<EventPlace>().AsNoTracking().Where(p => ids.Contains(p.EventId))
                .OrderBy(p => p.EventId).ThenBy(p => p.PlaceId)
                .Select(p => new { p.EventId, Place = new EventPlaceResponse(p.PlaceId, p.Place!.Name, p.Place.Kind, p.Place.Latitude, p.Place.Longitude) })
                .ToListAsync(cancellationToken))
            .ToLookup(p => p.EventId, p => p.Place);
        var forces = (await db.Set<EventForce>().AsNoTracking().Where(f => ids.Contains(f.EventId))
                .OrderBy(f => f.EventId).ThenBy(f => f.Role).ThenBy(f => f.ForceId)
                .Select(f => new { f.EventId, Force = new EventForceResponse(f.ForceId, f.Force!.Name, f.Force.Abbreviation, f.Force.Kind, f.Role) })
                .ToListAsync(cancellationToken))
            .ToLookup(f => f.EventId, f => f.Force);
        var citations = (await db.Set<Citation>().AsNoTracking().Where(c => ids.Contains(c.EventId))
                .OrderBy(c => c.EventId).ThenBy(c => c.Id)
                .Select(c => new { c.EventId, Citation = new CitationResponse(c.SourceId, c.Quote) })
                .ToListAsync(cancellationToken))
            .ToLookup(c => c.EventId, c => c.Citation);

        return rows.Select(r => new EventResponse(
            r.Id, r.Title, r.Summary, r.Type, r.Start, r.End, r.Precision, r.Approximate, r.DateText, r.Fatalities,
            places[r.Id].ToList(), forces[r.Id].ToList(), citations[r.Id].ToList(),
            r.ParentId, r.Notes, r.CreatedAt, r.UpdatedAt, r.Version)).ToList();
    }
}
