using System.Linq.Expressions;
using Chronology.Application.Events;
using Chronology.Infrastructure.Persistence;

namespace Chronology.Infrastructure.Events;

/// <summary>
/// Reads a page of events in two steps: the filtered, ordered page of event rows first, then the
/// places, forces and citations of just those ids in one statement (<see cref="EventLinks"/>). The filter
/// runs once, however many links the page has.
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
        HotReads reads, ChronologyDbContext db, IReadOnlyList<Row> rows, CancellationToken cancellationToken) =>
        rows.Count == 0 ? [] : Assemble(rows, await EventLinks.ReadAsync(reads, db, Ids(rows), cancellationToken));

    /// <summary>
    /// A batch of an export with its links: the same answer as <see cref="WithLinksAsync(HotReads, ChronologyDbContext, IReadOnlyList{Row}, CancellationToken)"/>,
    /// with place and force names read once per export instead of once per link.
    /// </summary>
    public static async Task<IReadOnlyList<EventResponse>> WithLinksAsync(
        ChronologyDbContext db, IReadOnlyList<Row> rows, EventLinkNames names, CancellationToken cancellationToken) =>
        rows.Count == 0 ? [] : Assemble(rows, await EventLinks.ReadAsync(db, Ids(rows), names, cancellationToken));

    private static int[] Ids(IReadOnlyList<Row> rows) => rows.Select(r => r.Id).ToArray();

    private static List<EventResponse> Assemble(IReadOnlyList<Row> rows, EventLinks links) =>
        rows.Select(r => new EventResponse(
            r.Id, r.Title, r.Summary, r.Type, r.Start, r.End, r.Precision, r.Approximate, r.DateText, r.Fatalities,
            links.PlacesOf(r.Id), links.ForcesOf(r.Id), links.CitationsOf(r.Id),
            r.ParentId, r.Notes, r.CreatedAt, r.UpdatedAt, r.Version)).ToList();
}
