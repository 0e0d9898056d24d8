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
        // As the API reads it on both providers: the event row and its link rows as one UNION ALL, one round trip.
        await using var command = connection.Command(OneEventSql, transaction).Add("@id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken) || reader.GetInt32(0) != 0)
        {
            return null;
        }

        var found = ReadEvent(reader, first: 1);
        while (await reader.ReadAsync(cancellationToken))
        {
            switch (reader.GetInt32(0))
            {
                case 1:
                    found.Places.Add(new PlaceJson(reader.GetInt32(1), reader.GetString(2), Rules.CamelCase(reader.GetString(3)),
                        reader.IsDBNull(16) ? null : reader.GetDouble(16), reader.IsDBNull(17) ? null : reader.GetDouble(17)));
                    break;
                case 2:
                    found.Forces.Add(new ForceJson(reader.GetInt32(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                        Rules.CamelCase(reader.GetString(4)), Rules.CamelCase(reader.GetString(7))));
                    break;
                default:
                    found.Citations.Add(new CitationJson(reader.GetInt32(1), reader.GetString(2)));
                    break;
            }
        }

        return found;
    }

    private const string OneEventSql = """
        SELECT 0 AS "Row", e."Id", e."Title", e."Summary", e."Type", e."Start", e."End", e."Precision", e."Approximate",
               e."DateText", e."Fatalities", e."ParentId", e."Notes", e."CreatedAt", e."UpdatedAt", e."Version",
               NULL AS "Latitude", NULL AS "Longitude", 0 AS "Order"
        FROM "Events" e WHERE e."Id" = @id
        UNION ALL
        SELECT 1, p."Id", p."Name", p."Kind", NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
               p."Latitude", p."Longitude", ep."PlaceId"
        FROM "EventPlaces" ep JOIN "Places" p ON p."Id" = ep."PlaceId" WHERE ep."EventId" = @id
        UNION ALL
        SELECT 2, f."Id", f."Name", f."Abbreviation", f."Kind", NULL, NULL, ef."Role", NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
               NULL, NULL, ef."ForceId"
        FROM "EventForces" ef JOIN "Forces" f ON f."Id" = ef."ForceId" WHERE ef."EventId" = @id
        UNION ALL
        SELECT 3, c."SourceId", c."Quote", NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
               NULL, NULL, c."Id"
        FROM "Citations" c WHERE c."EventId" = @id
        ORDER BY 1, 8, 19
        """;

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

    // The event's columns from ordinal `first` on, in the order of Columns.
    private static EventJson ReadEvent(DbDataReader reader, int first = 0) => new(
        reader.GetInt32(first), reader.GetString(first + 1), reader.GetString(first + 2), Rules.CamelCase(reader.GetString(first + 3)),
        reader.GetFieldValue<DateOnly>(first + 4), reader.IsDBNull(first + 5) ? null : reader.GetFieldValue<DateOnly>(first + 5),
        Rules.CamelCase(reader.GetString(first + 6)), reader.GetBoolean(first + 7), reader.IsDBNull(first + 8) ? null : reader.GetString(first + 8),
        reader.IsDBNull(first + 9) ? null : reader.GetInt32(first + 9), [], [], [], reader.IsDBNull(first + 10) ? null : reader.GetInt32(first + 10),
        reader.IsDBNull(first + 11) ? null : reader.GetString(first + 11), Utc(reader.GetDateTime(first + 12)), Utc(reader.GetDateTime(first + 13)),
        reader.GetInt32(first + 14));

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
