using System.Data.Common;
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

    /// <summary>A row of <see cref="EventSql.Page"/>.</summary>
    public static Row Read(DbDataReader r) => new(
        r.GetInt32(0), r.GetString(1), r.GetString(2), Enum.Parse<EventType>(r.GetString(3)),
        r.GetFieldValue<DateOnly>(4), r.IsDBNull(5) ? null : r.GetFieldValue<DateOnly>(5), Enum.Parse<DatePrecision>(r.GetString(6)),
        r.GetBoolean(7), r.IsDBNull(8) ? null : r.GetString(8), r.IsDBNull(9) ? null : r.GetInt32(9),
        r.IsDBNull(10) ? null : r.GetInt32(10), r.IsDBNull(11) ? null : r.GetString(11),
        Utc(r.GetDateTime(12)), Utc(r.GetDateTime(13)), r.GetInt32(14));

    // SQLite hands back times without a kind; every time the service keeps is UTC.
    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

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
