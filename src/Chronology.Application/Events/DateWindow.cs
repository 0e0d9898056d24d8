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
    /// The rule as bounds on an event's columns, each null when it does not apply: <c>Start &gt;= StartFrom</c>,
    /// <c>Start &lt;= StartTo</c>, <c>EffectiveEnd &gt;= EndFrom</c>. Given the longest span of any event, nothing
    /// that starts more than that many days before the window can reach it: <c>StartFrom</c> lets the database walk
    /// the start index from there instead of from the beginning. The list's SQL and <see cref="Overlapping"/> both
    /// read the rule from here.
    /// </summary>
    public (DateOnly? StartFrom, DateOnly? StartTo, DateOnly? EndFrom) Bounds(int longestSpanDays) =>
        (From is null ? null : EarliestStart(longestSpanDays), To, From);

    /// <summary>The events whose span touches the window (see <see cref="Bounds"/>), as a LINQ condition.</summary>
    public Expression<Func<Event, bool>> Overlapping(int longestSpanDays)
    {
        var (startFrom, startTo, endFrom) = Bounds(longestSpanDays);
        var (earliest, latest, ends) = (startFrom ?? DateOnly.MinValue, startTo ?? DateOnly.MaxValue, endFrom ?? DateOnly.MinValue);
        return (From, To) switch
        {
            (null, null) => e => true,
            (null, _) => e => e.Start <= latest,
            (_, null) => e => e.EffectiveEnd >= ends && e.Start >= earliest,
            _ => e => e.EffectiveEnd >= ends && e.Start >= earliest && e.Start <= latest,
        };
    }

    /// <summary>The earliest start an event can have and still reach the window, given the longest span of any event.</summary>
    public DateOnly EarliestStart(int longestSpanDays) => From is not { } from || from.DayNumber - longestSpanDays <= DateOnly.MinValue.DayNumber
        ? DateOnly.MinValue
        : from.AddDays(-longestSpanDays);
}
