using System.Text.Json.Serialization;
using Chronology.Application.Listing;


namespace Chronology.Application.Places;

/// <summary>A place.</summary>
/// <param name="Id">Server-assigned id.</param>
/// <param name="Name">The name the chronology uses.</param>
/// <param name="Aliases">Other names and transliterations; each finds this place.</param>
/// <param name="Kind">What sort of place.</param>
/// <param name="ParentId">The place this one lies in, or null for a country.</param>
/// <param name="Lat">Latitude (WGS84), where known.</param>
/// <param name="Lon">Longitude (WGS84), where known.</param>
/// <param name="CreatedAt">When the record was created (UTC).</param>
/// <param name="UpdatedAt">When the record last changed (UTC).</param>
/// <param name="Version">Concurrency version; the ETag carries it too.</param>
public sealed record PlaceResponse(
    int Id,
    string Name,
    IReadOnlyList<string> Aliases,
    PlaceKind Kind,
    int? ParentId,
    double? Lat,
    double? Lon,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    int Version)
{
    /// <summary>On a single place: the chain of places it lies in, nearest first, up to its country.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<PlaceSummary>? Ancestors { get; init; }

    /// <summary>On a single place: the places directly inside it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<PlaceSummary>? Children { get; init; }
}

/// <summary>A place in a chain or list of children.</summary>
public sealed record PlaceSummary(int Id, string Name, PlaceKind Kind);

/// <summary>A place found by name, with its path for region queries.</summary>
public sealed record PlaceMatch(int Id, string Name, PlaceKind Kind, string Path);

/// <summary>The query string of <c>GET /api/v1/places</c>.</summary>
public sealed record PlaceListRequest
{
    /// <summary>Text in a name or alias (case- and accent-insensitive).</summary>
    /// <example>kobani</example>
    public string? Q { get; init; }

    /// <summary>Only places of this kind, e.g. <c>city</c>.</summary>
    public string? Kind { get; init; }

    /// <summary>A place id, name or alias: only places anywhere inside it.</summary>
    public string? Parent { get; init; }

    /// <summary>Page size, 1–500 (default 50).</summary>
    public int? Limit { get; init; }

    /// <summary>The <c>nextCursor</c> of the previous page.</summary>
    public string? Cursor { get; init; }
}

/// <summary>A place list query after parsing.</summary>
public sealed record PlaceQuery(string? Text, PlaceKind? Kind, string? UnderPath, NameCursor? After, int Take);
