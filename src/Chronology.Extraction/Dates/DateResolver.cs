namespace Chronology.Extraction.Dates;

/// <summary>
/// Resolves expressions in text order against a moving anchor: the publication date first, then the
/// last resolved date. A yearless date takes the anchor's year, or the next year when that would put
/// it before the anchor and the next year's date is at most four months on (a chronology crossing
/// New Year: "On 30 December … On 2 January"). Further back it reads as a flashback.
/// </summary>
public sealed class DateResolver(DateOnly? publishedOn)
{
    private const int RolloverDays = 120;

    private const int LeadingDateReach = 30;

    private DateOnly? anchor = publishedOn;
    private bool freshSection;
    private bool reopened;

    /// <summary>
    /// The middle of the document's explicitly dated days, if known. A yearless date opening a new section
    /// takes the year nearest it: a section ("Reactions", "Spillover") goes back to the main period rather
    /// than on from the previous section's last, possibly later, year.
    /// </summary>
    public DateOnly? DocumentMiddle { get; init; }

    /// <summary>A heading without a date of its own opens a section.</summary>
    public void StartSection() => freshSection = true;
    private DatePrecisionKind anchorPrecision = DatePrecisionKind.Day;
    private DateOnly? settledAnchor = publishedOn;
    private DatePrecisionKind settledPrecision = DatePrecisionKind.Day;

    public ResolvedDate? Resolve(DateExpression expression, string text)
    {
        var resolved = expression.IsRelative ? ResolveRelative(expression, text) : ResolveAbsolute(expression, text);
        if (resolved is not null)
        {
            reopened |= freshSection;
            freshSection = false;
            var joinedRange = !expression.IsRelative && expression.To is not null;
            anchor = joinedRange ? resolved.End ?? resolved.Start : resolved.Start;
            anchorPrecision = resolved.Precision;
        }

        return resolved;
    }

    /// <summary>
    /// After a sentence, the anchor moves to the latest day the sentence reached, so a flashback
    /// ("had lost in the initial offensive, in September 2014") does not drag the year back. It moves
    /// back in time only when the sentence opens with its date ("In August 2013, …": a new thread).
    /// </summary>
    public void SettleSentence(IReadOnlyList<ResolvedDate> dates)
    {
        if (dates.Count == 0)
        {
            return;
        }

        var latest = dates.MaxBy(d => d.End ?? d.Start)!;
        var latestDay = latest.End ?? latest.Start;
        // A sentence opening a section (its first date) starts a thread of its own, like a leading date.
        var leading = dates[0].Expression.Start <= LeadingDateReach || reopened;
        reopened = false;
        if (settledAnchor is { } settled && latestDay < settled && !leading)
        {
            anchor = settledAnchor;
            anchorPrecision = settledPrecision;
            return;
        }

        anchor = settledAnchor = latestDay;
        anchorPrecision = settledPrecision = latest.End is null ? latest.Precision : DatePrecisionKind.Day;
    }

    private ResolvedDate? ResolveAbsolute(DateExpression e, string text)
    {
        var from = e.From!.Value;
        var isExplicit = from.Year is not null;
        var month = from.Month ?? (e.SameMonth ? anchor?.Month : null);
        var year = from.Year ?? anchor?.Year;
        if (year is null || (e.SameMonth && month is null))
        {
            return null;
        }

        if (Make(year.Value, month, from.Day) is not { } start)
        {
            return null;
        }

        if (!isExplicit && !e.SameMonth && anchor is { } a && start < a && Make(year.Value + 1, month, from.Day) is { } next && next <= a.AddDays(RolloverDays))
        {
            start = next;
        }

        if (!isExplicit && !e.SameMonth && freshSection && month is not null && DocumentMiddle is { } middle)
        {
            start = NearestYear(start, month.Value, from.Day, middle);
        }

        var precision = from.Day is not null ? DatePrecisionKind.Day : month is not null ? DatePrecisionKind.Month : DatePrecisionKind.Year;
        DateOnly? end = null;
        if (e.To is { } to && Make(to.Year ?? start.Year, to.Month ?? month, to.Day) is { } toStart)
        {
            end = to.Day is not null ? toStart : to.Month is not null ? toStart.AddMonths(1).AddDays(-1) : new DateOnly(toStart.Year, 12, 31);
            end = end > start ? end : null;
        }

        return new ResolvedDate(e, text, start, end, precision, e.Vague, isExplicit ? null : anchor, isExplicit);
    }

    private ResolvedDate? ResolveRelative(DateExpression e, string text)
    {
        if (anchor is not { } a)
        {
            return null;
        }

        var step = e.Step!;
        var moved = Move(a, step.Unit, step.Amount);
        var precision = step.Unit switch
        {
            DateUnit.Month => DatePrecisionKind.Month,
            DateUnit.Year => DatePrecisionKind.Year,
            _ => DatePrecisionKind.Day,
        };
        var approximate = step.Approximate;
        if (anchorPrecision > precision)
        {
            // A step of days from "May 2015" cannot be finer than the month it started from.
            precision = anchorPrecision;
            approximate = true;
        }

        DateOnly start;
        DateOnly? end = null;
        if (step.IsSpan)
        {
            start = a;
            end = moved;
        }
        else
        {
            start = Truncate(moved, precision);
        }

        return new ResolvedDate(e, text, start, end, precision, approximate, a, false);
    }

    // Only back: a section returns to the main period; going on later is what the anchor already does.
    private static DateOnly NearestYear(DateOnly start, int month, int? day, DateOnly middle)
    {
        while (start > middle && Make(start.Year - 1, month, day) is { } earlier
            && Math.Abs(earlier.DayNumber - middle.DayNumber) < Math.Abs(start.DayNumber - middle.DayNumber))
        {
            start = earlier;
        }

        return start;
    }

    private static DateOnly Move(DateOnly date, DateUnit unit, int amount) => unit switch
    {
        DateUnit.Hour => date.AddDays((int)Math.Ceiling(amount / 24.0)),
        DateUnit.Day => date.AddDays(amount),
        DateUnit.Week => date.AddDays(7 * amount),
        DateUnit.Month => date.AddMonths(amount),
        _ => date.AddYears(amount),
    };

    private static DateOnly Truncate(DateOnly date, DatePrecisionKind precision) => precision switch
    {
        DatePrecisionKind.Month => new DateOnly(date.Year, date.Month, 1),
        DatePrecisionKind.Year => new DateOnly(date.Year, 1, 1),
        _ => date,
    };

    private static DateOnly? Make(int year, int? month, int? day)
    {
        if (year is < 1 or > 9999 || month is < 1 or > 12)
        {
            return null;
        }

        var m = month ?? 1;
        var d = day ?? 1;
        return d <= DateTime.DaysInMonth(year, m) ? new DateOnly(year, m, d) : null;
    }
}
