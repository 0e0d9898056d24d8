namespace Chronology.Application.Events;

/// <summary>
/// The date rules of the chronology. An event without an end date lasts to the end of its precision
/// period: a "May 2015" event covers the whole of May, a "2014" event the whole year.
/// </summary>
public static class EventDates
{
    /// <summary>The last day an event covers: its end date, or else the end of its start's precision period.</summary>
    public static DateOnly EffectiveEnd(DateOnly start, DateOnly? end, DatePrecision precision) =>
        end ?? EndOfPeriod(start, precision);

    public static DateOnly EndOfPeriod(DateOnly start, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => new DateOnly(start.Year, 12, 31),
        DatePrecision.Month => new DateOnly(start.Year, start.Month, DateTime.DaysInMonth(start.Year, start.Month)),
        _ => start,
    };

    /// <summary>True when a start date is the first day of its precision period, as month and year dates must be.</summary>
    public static bool IsStartOfPeriod(DateOnly start, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => start is { Month: 1, Day: 1 },
        DatePrecision.Month => start.Day == 1,
        _ => true,
    };
}
