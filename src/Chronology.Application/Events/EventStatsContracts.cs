namespace Chronology.Application.Events;

/// <summary>The query string of <c>GET /api/v1/events/stats</c>: the list's filters and what to count by.</summary>
public sealed record EventStatsRequest : EventFilterRequest
{
    /// <summary>
    /// What to count by: <c>year</c> or <c>month</c> of the event's start, <c>type</c>, <c>place</c>, <c>force</c>, or
    /// <c>country</c> (the country each place lies in). An event counts once under each of its places, forces or countries.
    /// </summary>
    /// <example>year</example>
    public string? GroupBy { get; init; }
}

/// <summary>What event statistics are grouped by.</summary>
public enum EventStatsGroup
{
    Year,
    Month,
    Type,
    Place,
    Force,
    Country,
}

/// <summary>Event counts and fatality sums per group.</summary>
/// <param name="GroupBy">The grouping asked for.</param>
/// <param name="Items">One item per group: by key for year and month, most events first for the others.</param>
public sealed record EventStatsResponse(string GroupBy, IReadOnlyList<EventStatsItem> Items);

/// <summary>One group of events.</summary>
/// <param name="Key">The group: "2015", "2015-02", a type ("liberation"), or the id of a place, force or country.</param>
/// <param name="Label">For people: "2015", "February 2015", "liberation", or the name of the place, force or country.</param>
/// <param name="Events">How many matching events fall in the group.</param>
/// <param name="Fatalities">The sum of their recorded deaths (0 when none is recorded).</param>
public sealed record EventStatsItem(string Key, string Label, int Events, long Fatalities);
