namespace Chronology.Extraction.Dates;

/// <summary>Calendar fields as written; a missing one is filled from the range's other end or the anchor.</summary>
public readonly record struct DateFields(int? Year, int? Month, int? Day);

/// <summary>A step from the anchor date ("two days later": +2 days; "within 7 days": a span of 7 days).</summary>
public sealed record RelativeStep(int Amount, DateUnit Unit, bool Approximate, bool IsSpan);

/// <summary>A date as found in a sentence, before resolution against the anchor.</summary>
/// <param name="Rule">The rule that found it, for the trace ("day-month-year", "relative", …).</param>
/// <param name="From">Fields of an absolute date (or its range's first end); null for relative ones.</param>
/// <param name="SameMonth">True for "the 19th of the same month": month and year come from the anchor.</param>
public sealed record DateExpression(
    int Start,
    int Length,
    string Rule,
    DateFields? From,
    DateFields? To,
    RelativeStep? Step,
    bool Vague,
    bool SameMonth = false)
{
    public int End => Start + Length;

    public bool IsRelative => Step is not null;
}
