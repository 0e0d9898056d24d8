namespace Chronology.Application.Events;

/// <summary>The filters of <c>GET /api/v1/events</c>, shared by the list, its exports and its statistics, as sent.</summary>
public abstract record EventFilterRequest
{
    /// <summary>Start of the date window: YYYY, YYYY-MM or YYYY-MM-DD. Events whose span touches the window match.</summary>
    /// <example>2015-02</example>
    public string? From { get; init; }

    /// <summary>End of the date window: YYYY, YYYY-MM or YYYY-MM-DD (inclusive; "2015-02" means up to 28 February).</summary>
    /// <example>2015-02</example>
    public string? To { get; init; }

    /// <summary>A place id, name or alias (case- and accent-insensitive). Matches events at the place or anywhere inside it.</summary>
    /// <example>al-Jazeera region</example>
    public string? Place { get; init; }

    /// <summary>A force id, name, abbreviation or alias, e.g. <c>Daesh</c> or <c>YPG</c>.</summary>
    public string? Force { get; init; }

    /// <summary>With <c>force</c>: only events where the force had this role (initiator, target, supporter, participant).</summary>
    public string? Role { get; init; }

    /// <summary>Event types, comma-separated, e.g. <c>liberation,massacre</c>.</summary>
    public string? Type { get; init; }

    /// <summary>Free text over titles, summaries, quotes and dates as written; every word must occur.</summary>
    public string? Q { get; init; }

    /// <summary>Only events with at least this many recorded deaths.</summary>
    public int? MinFatalities { get; init; }

    /// <summary>Map rectangle <c>minLon,minLat,maxLon,maxLat</c>: events with a place inside it.</summary>
    /// <example>38,35.5,42,37.5</example>
    public string? Bbox { get; init; }

    /// <summary>A source id: only events citing that source.</summary>
    /// <example>1</example>
    public int? Source { get; init; }

    /// <summary>Only events changed at or after this instant (ISO 8601, e.g. 2026-01-01T00:00:00Z), for sync clients.</summary>
    public DateTime? UpdatedSince { get; init; }
}

/// <summary>The query string of <c>GET /api/v1/events</c>, as sent.</summary>
public sealed record EventListRequest : EventFilterRequest
{
    /// <summary>Page size, 1–500 (default 50). With an export <c>format</c>: the most events to export (any positive number; default all).</summary>
    public int? Limit { get; init; }

    /// <summary>The <c>nextCursor</c> of the previous page.</summary>
    public string? Cursor { get; init; }

    /// <summary><c>date</c> (default, chronological), <c>-date</c> (newest first) or <c>updated</c> (by last change).</summary>
    public string? Sort { get; init; }
}
