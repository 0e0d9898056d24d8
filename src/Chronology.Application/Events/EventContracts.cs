using Chronology.Application.Forces;
using Chronology.Application.Places;

namespace Chronology.Application.Events;

/// <summary>An event with its places, forces and citations inline.</summary>
/// <param name="Id">Server-assigned id.</param>
/// <param name="Title">Short title.</param>
/// <param name="Summary">What happened, in a few sentences, with contested claims attributed.</param>
/// <param name="Type">What kind of happening.</param>
/// <param name="Start">First day (YYYY-MM-DD). For month or year precision, the first day of that month or year.</param>
/// <param name="End">Last day of a span, or null for a single happening.</param>
/// <param name="Precision">day, month or year.</param>
/// <param name="Approximate">True when the date is computed from a relative or vague expression ("after 10 months").</param>
/// <param name="DateText">The date exactly as the source writes it.</param>
/// <param name="Fatalities">Deaths, where the source gives a number.</param>
/// <param name="Places">Where it happened, with coordinates.</param>
/// <param name="Forces">Who took part, with their roles.</param>
/// <param name="Citations">The exact words of the sources that back it.</param>
/// <param name="ParentId">The event this one is a stage of, e.g. a campaign.</param>
/// <param name="Notes">What the source gets wrong or leaves unclear.</param>
/// <param name="CreatedAt">When the record was created (UTC).</param>
/// <param name="UpdatedAt">When the record last changed (UTC).</param>
/// <param name="Version">Concurrency version; the ETag carries it too.</param>
public sealed record EventResponse(
    int Id,
    string Title,
    string Summary,
    EventType Type,
    DateOnly Start,
    DateOnly? End,
    DatePrecision Precision,
    bool Approximate,
    string? DateText,
    int? Fatalities,
    IReadOnlyList<EventPlaceResponse> Places,
    IReadOnlyList<EventForceResponse> Forces,
    IReadOnlyList<CitationResponse> Citations,
    int? ParentId,
    string? Notes,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    int Version);

/// <summary>A place of an event.</summary>
public sealed record EventPlaceResponse(int Id, string Name, PlaceKind Kind, double? Lat, double? Lon);

/// <summary>A force in an event, with its role.</summary>
public sealed record EventForceResponse(int Id, string Name, string? Abbreviation, ForceKind Kind, ForceRole Role);

/// <summary>A quote from a source.</summary>
public sealed record CitationResponse(int SourceId, string Quote);

/// <summary>The list's sort orders.</summary>
public enum EventSort
{
    /// <summary>Chronological: by start date, then id.</summary>
    Date,

    /// <summary>Reverse chronological.</summary>
    DateDesc,

    /// <summary>By last change, oldest first: for sync clients together with updatedSince.</summary>
    Updated,
}

/// <summary>A map rectangle in WGS84 degrees.</summary>
public sealed record BoundingBox(double MinLon, double MinLat, double MaxLon, double MaxLat);
