namespace Chronology.Floor;

/// <summary>An event as the API writes it: the same members in the same order, enums already in camelCase.</summary>
public sealed record EventJson(
    int Id,
    string Title,
    string Summary,
    string Type,
    DateOnly Start,
    DateOnly? End,
    string Precision,
    bool Approximate,
    string? DateText,
    int? Fatalities,
    List<PlaceJson> Places,
    List<ForceJson> Forces,
    List<CitationJson> Citations,
    int? ParentId,
    string? Notes,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    int Version);

public sealed record PlaceJson(int Id, string Name, string Kind, double? Lat, double? Lon);

public sealed record ForceJson(int Id, string Name, string? Abbreviation, string Kind, string Role);

public sealed record CitationJson(int SourceId, string Quote);

public sealed record PageJson(List<EventJson> Items, string? NextCursor);

/// <summary>The body of PUT /api/v1/events/{id}, the shape reads return.</summary>
public sealed record EventBody(
    string? Title,
    string? Summary,
    string? Type,
    DateOnly? Start,
    DateOnly? End,
    string? Precision,
    bool Approximate,
    string? DateText,
    int? Fatalities,
    List<IdLink>? Places,
    List<ForceLink>? Forces,
    List<CitationLink>? Citations,
    int? ParentId,
    string? Notes);

public sealed record IdLink(int Id);

public sealed record ForceLink(int Id, string? Role);

public sealed record CitationLink(int SourceId, string? Quote);
