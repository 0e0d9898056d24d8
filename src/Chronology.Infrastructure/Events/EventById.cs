using System.Data.Common;
using Chronology.Application.Events;
using Chronology.Application.Forces;
using Chronology.Application.Places;
using Chronology.Infrastructure.Persistence;

namespace Chronology.Infrastructure.Events;

/// <summary>
/// One event with its places, forces and citations in one statement on either provider: the event row and its link
/// rows as one UNION ALL, each kind of row in its own columns, ordered as the list orders them. EF cannot express a
/// union of differently shaped rows, and as four statements (or a join of every link with every other) the most
/// frequent read spent more in EF than in the database.
/// </summary>
internal static class EventById
{
    // Column layout: 0 row kind; 1 id; 2 title | name | quote; 3 summary | place kind | abbreviation; 4 type | force kind;
    // 5 start; 6 end; 7 precision | role; 8 approximate; 9 date text; 10 fatalities; 11 parent; 12 notes;
    // 13 created; 14 updated; 15 version; 16 latitude; 17 longitude; 18 order within the kind.
    private const string Sql = """
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

    private const int EventRow = 0, PlaceRow = 1, ForceRow = 2;

    public static Task<EventResponse?> ReadAsync(HotReads reads, ChronologyDbContext db, int id, CancellationToken cancellationToken) =>
        reads.ReadAsync(db, Sql, ReadEventAsync, cancellationToken, ("@id", id));

    private static async Task<EventResponse?> ReadEventAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        if (!await reader.ReadAsync(cancellationToken) || reader.GetInt32(0) != EventRow)
        {
            return null;
        }

        var (places, forces, citations) = (new List<EventPlaceResponse>(), new List<EventForceResponse>(), new List<CitationResponse>());
        var e = reader;
        var response = new EventResponse(
            e.GetInt32(1), e.GetString(2), e.GetString(3), Enum.Parse<EventType>(e.GetString(4)),
            e.GetFieldValue<DateOnly>(5), e.IsDBNull(6) ? null : e.GetFieldValue<DateOnly>(6), Enum.Parse<DatePrecision>(e.GetString(7)),
            e.GetBoolean(8), NullableString(e, 9), e.IsDBNull(10) ? null : e.GetInt32(10),
            places, forces, citations,
            e.IsDBNull(11) ? null : e.GetInt32(11), NullableString(e, 12), Utc(e.GetDateTime(13)), Utc(e.GetDateTime(14)), e.GetInt32(15));

        while (await reader.ReadAsync(cancellationToken))
        {
            var r = reader;
            switch (r.GetInt32(0))
            {
                case PlaceRow:
                    places.Add(new EventPlaceResponse(r.GetInt32(1), r.GetString(2), Enum.Parse<PlaceKind>(r.GetString(3)),
                        r.IsDBNull(16) ? null : r.GetDouble(16), r.IsDBNull(17) ? null : r.GetDouble(17)));
                    break;
                case ForceRow:
                    forces.Add(new EventForceResponse(r.GetInt32(1), r.GetString(2), NullableString(r, 3),
                        Enum.Parse<ForceKind>(r.GetString(4)), Enum.Parse<ForceRole>(r.GetString(7))));
                    break;
                default:
                    citations.Add(new CitationResponse(r.GetInt32(1), r.GetString(2)));
                    break;
            }
        }

        return response;
    }

    private static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
