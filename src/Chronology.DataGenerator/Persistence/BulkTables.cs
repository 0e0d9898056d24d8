using Chronology.Application.Events;
using Chronology.Application.Forces;
using Chronology.Application.Places;
using Chronology.Application.Sources;
using NpgsqlTypes;

namespace Chronology.DataGenerator.Persistence;

/// <summary>A table the generator fills: its columns (with their PostgreSQL types) and how an entity becomes a row.</summary>
public sealed record BulkTable<T>(string Name, (string Column, NpgsqlDbType Type)[] Columns, Func<T, object?[]> Row);

/// <summary>
/// The columns of the migrated schema, in the form EF Core writes them: enums as their names, dates as
/// dates, timestamps in UTC. SeedKey and SeedHash stay null, as on records editors create.
/// </summary>
public static class BulkTables
{
    private const NpgsqlDbType Int = NpgsqlDbType.Integer;
    private const NpgsqlDbType Text = NpgsqlDbType.Text;
    private const NpgsqlDbType Time = NpgsqlDbType.TimestampTz;

    public static readonly BulkTable<Place> Places = new("Places",
        [("Id", Int), ("Name", Text), ("NormalizedName", Text), ("Kind", Text), ("ParentId", Int), ("Latitude", NpgsqlDbType.Double),
         ("Longitude", NpgsqlDbType.Double), ("Path", Text), ("CreatedAt", Time), ("UpdatedAt", Time), ("Version", Int)],
        p => [p.Id, p.Name, p.NormalizedName, p.Kind.ToString(), p.ParentId, p.Latitude, p.Longitude, p.Path, p.CreatedAt, p.UpdatedAt, p.Version]);

    public static readonly BulkTable<PlaceAlias> PlaceAliases = new("PlaceAliases",
        [("Id", Int), ("PlaceId", Int), ("Name", Text), ("NormalizedName", Text)],
        a => [a.Id, a.PlaceId, a.Name, a.NormalizedName]);

    public static readonly BulkTable<Force> Forces = new("Forces",
        [("Id", Int), ("Name", Text), ("NormalizedName", Text), ("Abbreviation", Text), ("NormalizedAbbreviation", Text), ("Kind", Text),
         ("ParentId", Int), ("CreatedAt", Time), ("UpdatedAt", Time), ("Version", Int)],
        f => [f.Id, f.Name, f.NormalizedName, f.Abbreviation, f.NormalizedAbbreviation, f.Kind.ToString(), f.ParentId, f.CreatedAt, f.UpdatedAt, f.Version]);

    public static readonly BulkTable<ForceAlias> ForceAliases = new("ForceAliases",
        [("Id", Int), ("ForceId", Int), ("Name", Text), ("NormalizedName", Text)],
        a => [a.Id, a.ForceId, a.Name, a.NormalizedName]);

    public static readonly BulkTable<Source> Sources = new("Sources",
        [("Id", Int), ("Title", Text), ("Publisher", Text), ("Url", Text), ("PublishedOn", NpgsqlDbType.Date), ("Language", Text), ("Text", Text),
         ("CreatedAt", Time), ("UpdatedAt", Time), ("Version", Int)],
        s => [s.Id, s.Title, s.Publisher, s.Url, s.PublishedOn, s.Language, s.Text, s.CreatedAt, s.UpdatedAt, s.Version]);

    public static readonly BulkTable<Event> Events = new("Events",
        [("Id", Int), ("Title", Text), ("Summary", Text), ("Type", Text), ("Start", NpgsqlDbType.Date), ("End", NpgsqlDbType.Date),
         ("Precision", Text), ("EffectiveEnd", NpgsqlDbType.Date), ("Approximate", NpgsqlDbType.Boolean), ("DateText", Text),
         ("Fatalities", Int), ("ParentId", Int), ("Notes", Text), ("SearchText", Text), ("CreatedAt", Time), ("UpdatedAt", Time), ("Version", Int)],
        e => [e.Id, e.Title, e.Summary, e.Type.ToString(), e.Start, e.End, e.Precision.ToString(), e.EffectiveEnd, e.Approximate, e.DateText,
              e.Fatalities, e.ParentId, e.Notes, e.SearchText, e.CreatedAt, e.UpdatedAt, e.Version]);

    public static readonly BulkTable<EventPlace> EventPlaces = new("EventPlaces",
        [("EventId", Int), ("PlaceId", Int)],
        p => [p.EventId, p.PlaceId]);

    public static readonly BulkTable<EventForce> EventForces = new("EventForces",
        [("EventId", Int), ("ForceId", Int), ("Role", Text)],
        f => [f.EventId, f.ForceId, f.Role.ToString()]);

    public static readonly BulkTable<Citation> Citations = new("Citations",
        [("Id", Int), ("EventId", Int), ("SourceId", Int), ("Quote", Text)],
        c => [c.Id, c.EventId, c.SourceId, c.Quote]);

    /// <summary>"INSERT INTO "T" ("A", "B") …" or "COPY "T" ("A", "B") …": the quoted table and column list.</summary>
    public static string Target<T>(this BulkTable<T> table) =>
        $"\"{table.Name}\" ({string.Join(", ", table.Columns.Select(c => $"\"{c.Column}\""))})";
}
