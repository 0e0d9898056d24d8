namespace Chronology.Extraction.Dates;

/// <summary>A date expression placed on the calendar, as events store dates.</summary>
/// <param name="Anchor">The date it was resolved against, when it needed one.</param>
/// <param name="IsExplicit">True when the text itself gives the year (no anchor needed).</param>
public sealed record ResolvedDate(
    DateExpression Expression,
    string Text,
    DateOnly Start,
    DateOnly? End,
    DatePrecisionKind Precision,
    bool Approximate,
    DateOnly? Anchor,
    bool IsExplicit)
{
    /// <summary>The last day the date covers: its end, or the end of its precision period.</summary>
    public DateOnly EffectiveEnd => End ?? Precision switch
    {
        DatePrecisionKind.Month => Start.AddMonths(1).AddDays(-1),
        DatePrecisionKind.Year => new DateOnly(Start.Year, 12, 31),
        _ => Start,
    };

    public string Describe() =>
        $"date: {Expression.Rule} '{Text}' -> {Start:yyyy-MM-dd}{(End is { } end ? $"..{end:yyyy-MM-dd}" : "")} "
        + $"{Precision.ToString().ToLowerInvariant()}{(Approximate ? " approximate" : "")}"
        + (Anchor is { } anchor ? $" (anchor {anchor:yyyy-MM-dd})" : "");
}
