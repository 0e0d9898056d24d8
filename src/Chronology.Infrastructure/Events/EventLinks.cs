using System.Data.Common;
using System.Globalization;
using Chronology.Application.Events;
using Chronology.Application.Places;
using Chronology.Infrastructure.Persistence;

namespace Chronology.Infrastructure.Events;

/// <summary>
/// The places, forces and citations of a set of events, read in one statement: the three kinds of link row as one
/// UNION ALL over the ids (one parameter, however many), ordered as an event lists them. As three statements a page
/// spent more in round trips and EF's per-query work than in the database, on PostgreSQL most of all.
/// </summary>
/// <remarks>
/// A page reads each link with its place's or force's name. An export reads bare ids and takes the names from its
/// <see cref="EventLinkNames"/>: a million events link a few thousand places, read once each.
/// </remarks>
internal sealed class EventLinks
{
    // Column layout: 0 row kind; 1 event id; 2 place, force or source id; 3 name | quote; 4 place kind | abbreviation;
    // 5 force kind; 6 role; 7 latitude; 8 longitude; 9 order within the kind. {0} is "is one of @ids".
    private const string WithNamesSql = """
        SELECT 1 AS "Row", ep."EventId", p."Id", p."Name", p."Kind", NULL AS "ForceKind", NULL AS "Role",
               p."Latitude", p."Longitude", ep."PlaceId" AS "Order"
        FROM "EventPlaces" ep JOIN "Places" p ON p."Id" = ep."PlaceId" WHERE ep."EventId" {0}
        UNION ALL
        SELECT 2, ef."EventId", f."Id", f."Name", f."Abbreviation", f."Kind", ef."Role", NULL, NULL, ef."ForceId"
        FROM "EventForces" ef JOIN "Forces" f ON f."Id" = ef."ForceId" WHERE ef."EventId" {0}
        UNION ALL
        SELECT 3, c."EventId", c."SourceId", c."Quote", NULL, NULL, NULL, NULL, NULL, c."Id"
        FROM "Citations" c WHERE c."EventId" {0}
        ORDER BY 1, 2, 7, 10
        """;

    private const string BareIdsSql = """
        SELECT 1 AS "Row", ep."EventId", ep."PlaceId", NULL AS "Text", NULL AS "Role", ep."PlaceId" AS "Order"
        FROM "EventPlaces" ep WHERE ep."EventId" {0}
        UNION ALL
        SELECT 2, ef."EventId", ef."ForceId", NULL, ef."Role", ef."ForceId"
        FROM "EventForces" ef WHERE ef."EventId" {0}
        UNION ALL
        SELECT 3, c."EventId", c."SourceId", c."Quote", NULL, c."Id"
        FROM "Citations" c WHERE c."EventId" {0}
        ORDER BY 1, 2, 5, 6
        """;

    private const int PlaceRow = 1, ForceRow = 2;

    private readonly Dictionary<int, List<EventPlaceResponse>> places = [];
    private readonly Dictionary<int, List<EventForceResponse>> forces = [];
    private readonly Dictionary<int, List<CitationResponse>> citations = [];

    private EventLinks()
    {
    }

    /// <summary>The places of an event, in place-id order (empty when it has none).</summary>
    public List<EventPlaceResponse> PlacesOf(int eventId) => places.GetValueOrDefault(eventId) ?? [];

    /// <summary>The forces of an event, by role, then force id.</summary>
    public List<EventForceResponse> ForcesOf(int eventId) => forces.GetValueOrDefault(eventId) ?? [];

    /// <summary>The citations of an event, in the order they were made.</summary>
    public List<CitationResponse> CitationsOf(int eventId) => citations.GetValueOrDefault(eventId) ?? [];

    /// <summary>The links of a page's events, each with its place's or force's name, through <see cref="HotReads"/>.</summary>
    public static Task<EventLinks> ReadAsync(
        HotReads reads, ChronologyDbContext db, IReadOnlyCollection<int> eventIds, CancellationToken cancellationToken) =>
        reads.ReadAsync(db, string.Format(CultureInfo.InvariantCulture, WithNamesSql, DatabaseProviders.InSet(db, "@ids")), async (reader, token) =>
        {
            var links = new EventLinks();
            await ReadRowsAsync(reader, links.AddNamed, token);
            return links;
        }, cancellationToken, ("@ids", DatabaseProviders.IdSet(db, eventIds)));

    /// <summary>
    /// The links of these events as bare ids, with the names from <paramref name="names"/> (which reads the places
    /// and forces it has not met yet). A place or force deleted between the two reads took its links with it and is left out.
    /// </summary>
    public static async Task<EventLinks> ReadAsync(
        ChronologyDbContext db, IReadOnlyCollection<int> eventIds, EventLinkNames names, CancellationToken cancellationToken)
    {
        var links = new EventLinks();
        var placeLinks = new List<(int EventId, int PlaceId)>();
        var forceLinks = new List<(int EventId, int ForceId, ForceRole Role)>();
        var sql = string.Format(CultureInfo.InvariantCulture, BareIdsSql, DatabaseProviders.InSet(db, "@ids"));
        await using (var command = DatabaseProviders.CreateCommand(db, sql, ("@ids", DatabaseProviders.IdSet(db, eventIds))))
        {
            await using var reader = await DatabaseProviders.ExecuteReaderAsync(command, cancellationToken);
            await ReadRowsAsync(reader, (kind, eventId, row) =>
            {
                switch (kind)
                {
                    case PlaceRow:
                        placeLinks.Add((eventId, row.GetInt32(2)));
                        break;
                    case ForceRow:
                        forceLinks.Add((eventId, row.GetInt32(2), Enum.Parse<ForceRole>(row.GetString(4))));
                        break;
                    default:
                        Add(links.citations, eventId, new CitationResponse(row.GetInt32(2), row.GetString(3)));
                        break;
                }
            }, cancellationToken);
        }

        // The names are read after the links: one connection cannot run a second statement while a reader is open.
        await names.AddMissingAsync(db, placeLinks.Select(l => l.PlaceId), forceLinks.Select(l => l.ForceId), cancellationToken);
        foreach (var (eventId, placeId) in placeLinks)
        {
            if (names.Place(placeId) is { } place)
            {
                Add(links.places, eventId, place);
            }
        }

        foreach (var (eventId, forceId, role) in forceLinks)
        {
            if (names.Force(forceId, role) is { } force)
            {
                Add(links.forces, eventId, force);
            }
        }

        return links;
    }

    // A row of the page's statement, with names.
    private void AddNamed(int kind, int eventId, DbDataReader row)
    {
        switch (kind)
        {
            case PlaceRow:
                Add(places, eventId, new EventPlaceResponse(row.GetInt32(2), row.GetString(3), Enum.Parse<PlaceKind>(row.GetString(4)),
                    row.IsDBNull(7) ? null : row.GetDouble(7), row.IsDBNull(8) ? null : row.GetDouble(8)));
                break;
            case ForceRow:
                Add(forces, eventId, new EventForceResponse(row.GetInt32(2), row.GetString(3), row.IsDBNull(4) ? null : row.GetString(4),
                    Enum.Parse<Application.Forces.ForceKind>(row.GetString(5)), Enum.Parse<ForceRole>(row.GetString(6))));
                break;
            default:
                Add(citations, eventId, new CitationResponse(row.GetInt32(2), row.GetString(3)));
                break;
        }
    }

    // Hands each row of one of the statements above to `read` with its kind and event id.
    private static async Task ReadRowsAsync(DbDataReader reader, Action<int, int, DbDataReader> read, CancellationToken cancellationToken)
    {
        while (await reader.ReadAsync(cancellationToken))
        {
            read(reader.GetInt32(0), reader.GetInt32(1), reader);
        }
    }

    private static void Add<T>(Dictionary<int, List<T>> byEvent, int eventId, T item)
    {
        if (!byEvent.TryGetValue(eventId, out var list))
        {
            byEvent[eventId] = list = [];
        }

        list.Add(item);
    }
}
