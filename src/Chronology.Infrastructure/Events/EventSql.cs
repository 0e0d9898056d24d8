using System.Globalization;
using System.Text;
using Chronology.Application.Events;
using Chronology.Infrastructure.Persistence;

namespace Chronology.Infrastructure.Events;

/// <summary>
/// The chronology query as SQL, written once for pages, exports and statistics. Only the filters present become
/// conditions, so the database can use its indexes; a page continues from its cursor's row instead of skipping
/// rows. Built by hand rather than through LINQ because a page is the service's most frequent read, and EF's work
/// to turn a fresh expression tree into SQL on every request cost more than the database's work (8–12 % of the
/// API's CPU on a deep page on PostgreSQL).
/// </summary>
/// <remarks>
/// The statement text depends only on which filters are present and how many terms, places and forces they
/// hold, never on their values, so each shape is compiled once (SQLite, <see cref="HotReads"/>) or prepared once
/// (PostgreSQL) and reused.
/// </remarks>
internal sealed class EventSql
{
    /// <summary>The columns of <see cref="EventRows.Row"/>, in its order.</summary>
    private const string RowColumns = """
        e."Id", e."Title", e."Summary", e."Type", e."Start", e."End", e."Precision", e."Approximate", e."DateText",
        e."Fatalities", e."ParentId", e."Notes", e."CreatedAt", e."UpdatedAt", e."Version"
        """;

    private readonly ChronologyDbContext db;
    private readonly StringBuilder where = new();
    private readonly List<(string Name, object? Value)> parameters = [];

    private EventSql(ChronologyDbContext db) => this.db = db;

    /// <summary>The parameters of the statements this query writes, by name, in the order they appear.</summary>
    public IReadOnlyList<(string Name, object? Value)> Parameters => parameters;

    /// <param name="db">The context whose provider the SQL is written for.</param>
    /// <param name="query">The query.</param>
    /// <param name="placePaths">The materialised paths of the query's places: a place's path prefixes every place inside it.</param>
    /// <param name="longestSpanDays">The longest span of any event, which bounds how far before a window an event can start.</param>
    public static EventSql Filter(ChronologyDbContext db, EventQuery query, IReadOnlyList<string> placePaths, int longestSpanDays)
    {
        var sql = new EventSql(db);
        var (startFrom, startTo, endFrom) = query.Window.Bounds(longestSpanDays);
        sql.Condition("e.\"EffectiveEnd\" >= {0}", endFrom);
        sql.Condition("e.\"Start\" >= {0}", startFrom);
        sql.Condition("e.\"Start\" <= {0}", startTo);

        foreach (var path in placePaths)
        {
            sql.Condition("""
                EXISTS (SELECT 1 FROM "EventPlaces" ep JOIN "Places" p ON p."Id" = ep."PlaceId"
                        WHERE ep."EventId" = e."Id" AND p."Path" LIKE {0} ESCAPE '\')
                """, LikePrefix(path));
        }

        if (query.ForceIds.Count > 0)
        {
            var forces = sql.Add(DatabaseProviders.IdSet(db, query.ForceIds));
            var role = query.Role is { } asked ? $" AND ef.\"Role\" = {sql.Add(asked.ToString())}" : "";
            sql.Condition($"""
                EXISTS (SELECT 1 FROM "EventForces" ef WHERE ef."EventId" = e."Id" AND ef."ForceId" {DatabaseProviders.InSet(db, forces)}{role})
                """);
        }

        if (query.Types.Count > 0)
        {
            var types = query.Types.Select(t => t.ToString()).ToList();
            sql.Condition($"e.\"Type\" {DatabaseProviders.InSet(db, sql.Add(DatabaseProviders.TextSet(db, types)))}");
        }

        foreach (var term in query.Terms)
        {
            sql.Condition($"{DatabaseProviders.PositionOf(db, sql.Add(term), "e.\"SearchText\"")} > 0");
        }

        sql.Condition("e.\"Fatalities\" >= {0}", query.MinFatalities);

        if (query.Bbox is { } box)
        {
            sql.Condition($"""
                EXISTS (SELECT 1 FROM "EventPlaces" ep JOIN "Places" p ON p."Id" = ep."PlaceId"
                        WHERE ep."EventId" = e."Id" AND p."Longitude" >= {sql.Add(box.MinLon)} AND p."Longitude" <= {sql.Add(box.MaxLon)}
                          AND p."Latitude" >= {sql.Add(box.MinLat)} AND p."Latitude" <= {sql.Add(box.MaxLat)})
                """);
        }

        if (query.SourceId is { } sourceId)
        {
            sql.Condition($"EXISTS (SELECT 1 FROM \"Citations\" c WHERE c.\"EventId\" = e.\"Id\" AND c.\"SourceId\" = {sql.Add(sourceId)})");
        }

        sql.Condition("e.\"UpdatedAt\" >= {0}", query.UpdatedSince is { } since ? DatabaseProviders.Timestamp(db, since) : null);
        return sql;
    }

    /// <summary>Every column of the matching events, for EF to compose on (statistics).</summary>
    public string AllColumns() => $"SELECT e.* FROM \"Events\" e{where}";

    /// <summary>
    /// The matching events' rows (<see cref="EventRows.Row"/>) in <paramref name="sort"/> order, at most
    /// <paramref name="take"/> of them, continuing after <paramref name="after"/>'s row: the statement and its
    /// parameters (the filters' and the page's own).
    /// </summary>
    /// <remarks>The keyset condition is the provider's (<see cref="DatabaseProviders.After"/>).</remarks>
    public (string Sql, (string Name, object? Value)[] Parameters) Page(EventSort sort, EventCursor? after, int take)
    {
        var (column, ascending) = sort switch
        {
            EventSort.DateDesc => ("Start", false),
            EventSort.Updated => ("UpdatedAt", true),
            _ => ("Start", true),
        };

        // The page's own condition and parameters go on a copy: an export asks for one page after another.
        var page = new EventSql(db);
        page.where.Append(where);
        page.parameters.AddRange(parameters);
        if (after is not null)
        {
            var key = page.Add(column == "Start" ? after.Start : DatabaseProviders.Timestamp(db, after.UpdatedAt));
            page.Condition(DatabaseProviders.After(db, $"e.\"{column}\"", "e.\"Id\"", key, page.Add(after.Id), ascending));
        }

        var direction = ascending ? "" : " DESC";
        var sql = $"SELECT {RowColumns} FROM \"Events\" e{page.where} ORDER BY e.\"{column}\"{direction}, e.\"Id\"{direction} LIMIT {page.Add(take)}";
        return (sql, page.parameters.ToArray());
    }

    // Appends a condition; with a format, only when the value is present (the value becomes a parameter).
    private void Condition(string condition) => where.Append(where.Length == 0 ? " WHERE " : " AND ").Append(condition);

    private void Condition(string format, object? value)
    {
        if (value is not null)
        {
            Condition(string.Format(CultureInfo.InvariantCulture, format, Add(value)));
        }
    }

    private string Add(object value)
    {
        var name = "@p" + parameters.Count.ToString(CultureInfo.InvariantCulture);
        parameters.Add((name, value));
        return name;
    }

    private static string LikePrefix(string path) =>
        path.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
