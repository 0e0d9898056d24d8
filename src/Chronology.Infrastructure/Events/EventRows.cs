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
/// <remarks>
/// The fixed queries here are compiled once (<see cref="EF.CompileAsyncQuery{TContext, TParam1, TResult}(Expression{Func{TContext, TParam1, IQueryable{TResult}}})"/>):
/// a LINQ query is otherwise rebuilt, walked for parameters and looked up in EF's cache on every call,
/// which cost more CPU than SQLite spent answering a single-event read.
/// </remarks>
internal static class EventRows
{
    public sealed record Row(
        int Id, string Title, string Summary, EventType Type, DateOnly Start, DateOnly? End, DatePrecision Precision,
        bool Approximate, string? DateText, int? Fatalities, int? ParentId, string? Notes,
        DateTime CreatedAt, DateTime UpdatedAt, int Version);

    private sealed record PlaceLink(int EventId, EventPlaceResponse Place);

    private sealed record ForceLink(int EventId, EventForceResponse Force);

    private sealed record CitationLink(int EventId, CitationResponse Citation);

    public static readonly Expression<Func<Event, Row>> Scalars = e => new Row(
        e.Id, e.Title, e.Summary, e.Type, e.Start, e.End, e.Precision, e.Approximate, e.DateText, e.Fatalities,
        e.ParentId, e.Notes, e.CreatedAt, e.UpdatedAt, e.Version);

    private static readonly Expression<Func<EventPlace, PlaceLink>> PlaceLinks = p =>
        new PlaceLink(p.EventId, new EventPlaceResponse(p.PlaceId, p.Place!.Name, p.Place.Kind, p.Place.Latitude, p.Place.Longitude));

    private static readonly Expression<Func<EventForce, ForceLink>> ForceLinks = f =>
        new ForceLink(f.EventId, new EventForceResponse(f.ForceId, f.Force!.Name, f.Force.Abbreviation, f.Force.Kind, f.Role));

    private static readonly Expression<Func<Citation, CitationLink>> CitationLinks = c =>
        new CitationLink(c.EventId, new CitationResponse(c.SourceId, c.Quote));

    // The links of a page: the ids go as one parameter (json_each on SQLite, = ANY on PostgreSQL).
    private static readonly Func<ChronologyDbContext, int[], IAsyncEnumerable<PlaceLink>> PlacesOf = EF.CompileAsyncQuery(
        (ChronologyDbContext db, int[] ids) => db.Set<EventPlace>().AsNoTracking().Where(p => ids.Contains(p.EventId))
            .OrderBy(p => p.EventId).ThenBy(p => p.PlaceId).Select(PlaceLinks));

    private static readonly Func<ChronologyDbContext, int[], IAsyncEnumerable<ForceLink>> ForcesOf = EF.CompileAsyncQuery(
        (ChronologyDbContext db, int[] ids) => db.Set<EventForce>().AsNoTracking().Where(f => ids.Contains(f.EventId))
            .OrderBy(f => f.EventId).ThenBy(f => f.Role).ThenBy(f => f.ForceId).Select(ForceLinks));

    private static readonly Func<ChronologyDbContext, int[], IAsyncEnumerable<CitationLink>> CitationsOf = EF.CompileAsyncQuery(
        (ChronologyDbContext db, int[] ids) => db.Set<Citation>().AsNoTracking().Where(c => ids.Contains(c.EventId))
            .OrderBy(c => c.EventId).ThenBy(c => c.Id).Select(CitationLinks));

    // An export's links as bare ids; the names come from the export's EventLinkNames.
    private static readonly Func<ChronologyDbContext, int[], IAsyncEnumerable<EventLinkId>> PlaceIdsOf = EF.CompileAsyncQuery(
        (ChronologyDbContext db, int[] ids) => db.Set<EventPlace>().AsNoTracking().Where(p => ids.Contains(p.EventId))
            .OrderBy(p => p.EventId).ThenBy(p => p.PlaceId).Select(p => new EventLinkId(p.EventId, p.PlaceId, default)));

    private static readonly Func<ChronologyDbContext, int[], IAsyncEnumerable<EventLinkId>> ForceIdsOf = EF.CompileAsyncQuery(
        (ChronologyDbContext db, int[] ids) => db.Set<EventForce>().AsNoTracking().Where(f => ids.Contains(f.EventId))
            .OrderBy(f => f.EventId).ThenBy(f => f.Role).ThenBy(f => f.ForceId).Select(f => new EventLinkId(f.EventId, f.ForceId, f.Role)));

    private readonly record struct EventLinkId(int EventId, int LinkedId, ForceRole Role);

    public static async Task<IReadOnlyList<EventResponse>> WithLinksAsync(
        ChronologyDbContext db, IReadOnlyList<Row> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var ids = rows.Select(r => r.Id).ToArray();
        var places = (await PlacesOf(db, ids).ToListAsync(cancellationToken)).ToLookup(p => p.EventId, p => p.Place);
        var forces = (await ForcesOf(db, ids).ToListAsync(cancellationToken)).ToLookup(f => f.EventId, f => f.Force);
        var citations = (await CitationsOf(db, ids).ToListAsync(cancellationToken)).ToLookup(c => c.EventId, c => c.Citation);

        return Assemble(rows, places, forces, citations);
    }

    /// <summary>
    /// A batch of an export with its links: the same answer as <see cref="WithLinksAsync(ChronologyDbContext, IReadOnlyList{Row}, CancellationToken)"/>,
    /// with place and force names read once per export instead of once per link.
    /// </summary>
    public static async Task<IReadOnlyList<EventResponse>> WithLinksAsync(
        ChronologyDbContext db, IReadOnlyList<Row> rows, EventLinkNames names, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var ids = rows.Select(r => r.Id).ToArray();
        var placeLinks = await PlaceIdsOf(db, ids).ToListAsync(cancellationToken);
        var forceLinks = await ForceIdsOf(db, ids).ToListAsync(cancellationToken);
        var citations = (await CitationsOf(db, ids).ToListAsync(cancellationToken)).ToLookup(c => c.EventId, c => c.Citation);
        await names.AddMissingAsync(db, placeLinks.Select(l => l.LinkedId), forceLinks.Select(l => l.LinkedId), cancellationToken);

        var places = placeLinks.Select(l => (l.EventId, Place: names.Place(l.LinkedId)))
            .Where(l => l.Place is not null).ToLookup(l => l.EventId, l => l.Place!);
        var forces = forceLinks.Select(l => (l.EventId, Force: names.Force(l.LinkedId, l.Role)))
            .Where(l => l.Force is not null).ToLookup(l => l.EventId, l => l.Force!);

        return Assemble(rows, places, forces, citations);
    }

    private static List<EventResponse> Assemble(IReadOnlyList<Row> rows, ILookup<int, EventPlaceResponse> places,
        ILookup<int, EventForceResponse> forces, ILookup<int, CitationResponse> citations) =>
        rows.Select(r => new EventResponse(
            r.Id, r.Title, r.Summary, r.Type, r.Start, r.End, r.Precision, r.Approximate, r.DateText, r.Fatalities,
            places[r.Id].ToList(), forces[r.Id].ToList(), citations[r.Id].ToList(),
            r.ParentId, r.Notes, r.CreatedAt, r.UpdatedAt, r.Version)).ToList();
}
