using System.Linq.Expressions;

namespace Chronology.Application.Events;

/// <summary>
/// The date-window rule of the chronology, in one place. An event covers the days from its start to its
/// <see cref="Event.EffectiveEnd"/> (its end date, or else the end of its start's precision period: "May 2015" is the
/// whole of May); it matches a window when that span touches the window, inclusive at both ends.
/// </summary>
/// <param name="From">The first day of the window, or null for no lower bound.</param>
/// <param name="To">The last day of the window, or null for no upper bound.</param>
public sealed record DateWindow(DateOnly? From, DateOnly? To)
{
    public static readonly DateWindow Unbounded = new(null, null);

    public bool IsUnbounded => From is null && To is null;

    /// <summary>
    /// The events whose span touches the window. Given the longest span of any event, nothing that starts more than
    /// that many days before the window can reach it: that bound lets the database walk the start index from there
    /// instead of from the beginning.
    /// </summary>
    public Expression<Func<Event, bool>> Overlapping(int longestSpanDays)
    {
        var (from, to) = (From ?? DateOnly.MinValue, To ?? DateOnly.MaxValue);
        var earliest = EarliestStart(longestSpanDays);
        return (From, To) switch
        {
            (null, null) => e => true,
            (null, _) => e => e.Start <= to,
            (_, null) => e => e.EffectiveEnd >= from && e.Start >= earliest,
            _ => e => e.EffectiveEnd >= from && e.Start >= earliest && e.Start <= to,
        };
    }

    /// <summary>The earliest start an event can have and still reach the window, given the longest span of any event.</summary>
    public DateOnly EarliestStart(int longestSpanDays) => From is not { } from || from.DayNumber - longestSpanDays <= DateOnly.MinValue.DayNumber
        ? DateOnly.MinValue
        : from.AddDays(-longestSpanDays);
}
