using System.Data.Common;

namespace Chronology.Floor;

/// <summary>
/// The event list and the single event: one query for the events, then one per kind of child
/// (places, forces, citations) for the ids on the page.
/// </summary>
public sealed class EventReads(FloorDb db)
{
    private const string Columns =
        "e.\"Id\", e.\"Title\", e.\"Summary\", e.\"Type\", e.\"Start\", e.\"End\", e.\"Precision\", e.\"Approximate\", e.\"DateText\", " +
        "e.\"Fatalities\", e.\"ParentId\", e.\"Notes\", e.\"CreatedAt\", e.\"UpdatedAt\", e.\"Version\"";

    public async Task<List<EventJson>> ListAsync(ListFilter filter, int take, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var command = connection.Command(string.Empty);
        var where = new List<string>();
        if (filter.From is { } from)
        {
            where.Add("e.\"EffectiveEnd\" >= @from");
            where.Add($"e.\"Start\" >= {db.EarliestStart("@from")}");
            command.Add("@from", from);
        }

        if (filter.To is { } to)
        {
            where.Add("e.\"Start\" <= @to");
            command.Add("@to", to);
        }

        if (filter.PlacePath is { } path)
        {
            where.Add("EXISTS (SELECT 1 FROM \"EventPlaces\" ep JOIN \"Places\" p ON p.\"Id\" = ep.\"PlaceId\" WHERE ep.\"EventId\" = e.\"Id\" AND p.\"Path\" LIKE @path)");
            command.Add("@path", path + "%");
        }

        if (filter.ForceId is { } forceId)
        {
            where.Add("EXISTS (SELECT 1 FROM \"EventForces\" ef WHERE ef.\"EventId\" = e.\"Id\" AND ef.\"ForceId\" = @force)");
            command.Add("@force", forceId);
        }

        for (var i = 0; i < filter.Terms.Count; i++)
        {
            where.Add(db.Contains("e.\"SearchText\"", $"@t{i}"));
            command.Add($"@t{i}", filter.Terms[i]);
        }

        if (filter.After is { } after)
        {
            where.Add("(e.\"Start\", e.\"Id\") > (@afterStart, @afterId)");
            command.Add("@afterStart", after.Start).Add("@afterId", after.Id);
        }

        command.CommandText = $"SELECT {Columns} FROM \"Events\" e" + (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : "")
            + " ORDER BY e.\"Start\", e.\"Id\" LIMIT @take";
        command.Add("@take", take);
        var events = await ReadEventsAsync(command, cancellationToken);
        await AddChildrenAsync(connection, events, cancellationToken);
        return events;
    }

    public async Task<EventJson?> GetAsync(int id, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await GetAsync(connection, null, id, cancellationToken);
    }

    public async Task<EventJson?> GetAsync(DbConnection connection, DbTransaction? transaction, int id, CancellationToken cancellationToken)
    {
        if (db.IsPostgres)
        {
            return await GetInOneStatementAsync(connection, transaction, id, cancellationToken);
        }

        await using var command = connection.Command($"SELECT {Columns} FROM \"Events\" e WHERE e.\"Id\" = @id", transaction).Add("@id", id);
        var events = await ReadEventsAsync(command, cancellationToken);
        await AddChildrenAsync(connection, events, cancellationToken, transaction);
        return events.FirstOrDefault();
    }

    // PostgreSQL, as the API reads it there: the event and its links in one round trip, as joined rows
    // (places × forces × citations); each link is kept at its first appearance, which the ORDER BY puts in
    // the API's order.
    private async Task<EventJson?> GetInOneStatementAsync(DbConnection connection, DbTransaction? transaction, int id, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            $"SELECT {Columns}, ep.\"PlaceId\", p.\"Name\", p.\"Kind\", p.\"Latitude\", p.\"Longitude\", " +
            "ef.\"ForceId\", f.\"Name\", f.\"Abbreviation\", f.\"Kind\", ef.\"Role\", c.\"Id\", c.\"SourceId\", c.\"Quote\" FROM \"Events\" e " +
            "LEFT JOIN \"EventPlaces\" ep ON ep.\"EventId\" = e.\"Id\" LEFT JOIN \"Places\" p ON p.\"Id\" = ep.\"PlaceId\" " +
            "LEFT JOIN \"EventForces\" ef ON ef.\"EventId\" = e.\"Id\" LEFT JOIN \"Forces\" f ON f.\"Id\" = ef.\"ForceId\" " +
            "LEFT JOIN \"Citations\" c ON c.\"EventId\" = e.\"Id\" WHERE e.\"Id\" = @id ORDER BY ep.\"PlaceId\", ef.\"Role\", ef.\"ForceId\", c.\"Id\"",
            transaction).Add("@id", id);
        EventJson? found = null;
        var places = new HashSet<int>();
        var forces = new HashSet<(int, string)>();
        var citations = new HashSet<int>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found ??= ReadEvent(reader);
            if (!reader.IsDBNull(15) && places.Add(reader.GetInt32(15)))
            {
                found.Places.Add(new PlaceJson(reader.GetInt32(15), reader.GetString(16), Rules.CamelCase(reader.GetString(17)),
                    reader.IsDBNull(18) ? null : reader.GetDouble(18), reader.IsDBNull(19) ? null : reader.GetDouble(19)));
            }

            if (!reader.IsDBNull(20) && forces.Add((reader.GetInt32(20), reader.GetString(24))))
            {
                found.Forces.Add(new ForceJson(reader.GetInt32(20), reader.GetString(21), reader.IsDBNull(22) ? null : reader.GetString(22),
                    Rules.CamelCase(reader.GetString(23)), Rules.CamelCase(reader.GetString(24))));
            }

            if (!reader.IsDBNull(25) && citations.Add(reader.GetInt32(25)))
            {
                found.Citations.Add(new CitationJson(reader.GetInt32(26), reader.GetString(27)));
            }
        }

        return found;
    }

    private static async Task<List<EventJson>> ReadEventsAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var events = new List<EventJson>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(ReadEvent(reader));
        }

        return events;
    }

    private static EventJson ReadEvent(DbDataReader reader) => new(
        reader.GetInt32(0), reader.GetString(1), reader.GetString(2), Rules.CamelCase(reader.GetString(3)),
        reader.GetFieldValue<DateOnly>(4), reader.IsDBNull(5) ? null : reader.GetFieldValue<DateOnly>(5),
        Rules.CamelCase(reader.GetString(6)), reader.GetBoolean(7), reader.IsDBNull(8) ? null : reader.GetString(8),
        reader.IsDBNull(9) ? null : reader.GetInt32(9), [], [], [], reader.IsDBNull(10) ? null : reader.GetInt32(10),
        reader.IsDBNull(11) ? null : reader.GetString(11), Utc(reader.GetDateTime(12)), Utc(reader.GetDateTime(13)), reader.GetInt32(14));

    private async Task AddChildrenAsync(DbConnection connection, List<EventJson> events, CancellationToken cancellationToken, DbTransaction? transaction = null)
    {
        if (events.Count == 0)
        {
            return;
        }

        var byId = events.ToDictionary(e => e.Id);
        var ids = byId.Keys.ToList();
        await ReadChildrenAsync(connection, transaction, ids,
            "SELECT ep.\"EventId\", ep.\"PlaceId\", p.\"Name\", p.\"Kind\", p.\"Latitude\", p.\"Longitude\" FROM \"EventPlaces\" ep " +
            "JOIN \"Places\" p ON p.\"Id\" = ep.\"PlaceId\" WHERE {0} ORDER BY ep.\"EventId\", ep.\"PlaceId\"", "ep.\"EventId\"",
            r => byId[r.GetInt32(0)].Places.Add(new PlaceJson(r.GetInt32(1), r.GetString(2), Rules.CamelCase(r.GetString(3)),
                r.IsDBNull(4) ? null : r.GetDouble(4), r.IsDBNull(5) ? null : r.GetDouble(5))), cancellationToken);
        await ReadChildrenAsync(connection, transaction, ids,
            "SELECT ef.\"EventId\", ef.\"ForceId\", f.\"Name\", f.\"Abbreviation\", f.\"Kind\", ef.\"Role\" FROM \"EventForces\" ef " +
            "JOIN \"Forces\" f ON f.\"Id\" = ef.\"ForceId\" WHERE {0} ORDER BY ef.\"EventId\", ef.\"Role\", ef.\"ForceId\"", "ef.\"EventId\"",
            r => byId[r.GetInt32(0)].Forces.Add(new ForceJson(r.GetInt32(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3),
                Rules.CamelCase(r.GetString(4)), Rules.CamelCase(r.GetString(5)))), cancellationToken);
        await ReadChildrenAsync(connection, transaction, ids,
            "SELECT c.\"EventId\", c.\"SourceId\", c.\"Quote\" FROM \"Citations\" c WHERE {0} ORDER BY c.\"EventId\", c.\"Id\"", "c.\"EventId\"",
            r => byId[r.GetInt32(0)].Citations.Add(new CitationJson(r.GetInt32(1), r.GetString(2))), cancellationToken);
    }

    private async Task ReadChildrenAsync(
        DbConnection connection, DbTransaction? transaction, IReadOnlyList<int> ids, string sql, string column, Action<DbDataReader> add,
        CancellationToken cancellationToken)
    {
        await using var command = connection.Command(string.Empty, transaction);
        command.CommandText = string.Format(System.Globalization.CultureInfo.InvariantCulture, sql, db.In(command, column, ids));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            add(reader);
        }
    }

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}

/// <summary>The filters of the list the floor supports (those the benchmark sends), resolved to ids and folded terms.</summary>
public sealed record ListFilter(DateOnly? From, DateOnly? To, string? PlacePath, int? ForceId, IReadOnlyList<string> Terms, (DateOnly Start, int Id)? After);
