namespace Chronology.Application.Events;

/// <summary>
/// A complete event query, as <see cref="EventQueryBuilder"/> makes it from a request: every filter parsed, checked
/// and resolved to ids, the sort, the position to continue after and how many events are wanted.
/// </summary>
public sealed record EventQuery
{
    /// <summary>The date window; an event matches when its span touches it (see <see cref="DateWindow"/>).</summary>
    public DateWindow Window { get; init; } = DateWindow.Unbounded;

    /// <summary>Places asked for; an event matches when one of its places is one of them or lies inside one.</summary>
    public IReadOnlyList<int> PlaceIds { get; init; } = [];

    public IReadOnlyList<int> ForceIds { get; init; } = [];

    public ForceRole? Role { get; init; }

    public IReadOnlyList<EventType> Types { get; init; } = [];

    /// <summary>Folded search terms; each must occur in the event's search text.</summary>
    public IReadOnlyList<string> Terms { get; init; } = [];

    public int? MinFatalities { get; init; }

    public BoundingBox? Bbox { get; init; }

    public DateTime? UpdatedSince { get; init; }

    /// <summary>Only events citing this source.</summary>
    public int? SourceId { get; init; }

    public EventSort Sort { get; init; }

    /// <summary>Continue after this event of the sort order (from a cursor); null for the beginning.</summary>
    public EventCursor? After { get; init; }

    /// <summary>How many events are wanted: a page's size, an export's cap (<see cref="int.MaxValue"/> for all).</summary>
    public int Limit { get; init; } = int.MaxValue;

    /// <summary>What a cursor of this query is bound to: its filters and sort, so a cursor cannot be replayed on another query.</summary>
    public string CursorScope { get; init; } = "";
}

/// <summary>The sort key of the last event of the previous page.</summary>
public sealed record EventCursor(DateOnly Start, DateTime UpdatedAt, int Id);
