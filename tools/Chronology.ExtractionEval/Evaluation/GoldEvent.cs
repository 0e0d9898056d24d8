using Chronology.Extraction;

namespace Chronology.ExtractionEval.Evaluation;

/// <summary>A hand-made event: where the text states it (one or more quote ranges) and its dates.</summary>
public sealed record GoldEvent(string Key, IReadOnlyList<(int Start, int End)> Quotes, DateOnly Start, DateOnly? End, DatePrecisionKind Precision)
{
    /// <summary>The last day the event covers: its end, or the end of its precision period.</summary>
    public DateOnly EffectiveEnd => End ?? Precision switch
    {
        DatePrecisionKind.Month => Start.AddMonths(1).AddDays(-1),
        DatePrecisionKind.Year => new DateOnly(Start.Year, 12, 31),
        _ => Start,
    };

    public static DatePrecisionKind ParsePrecision(string? precision) => precision?.ToLowerInvariant() switch
    {
        "month" => DatePrecisionKind.Month,
        "year" => DatePrecisionKind.Year,
        _ => DatePrecisionKind.Day,
    };
}

/// <summary>A document with its gold events; quotes that could not be found in the text are listed apart.</summary>
public sealed record GoldDocument(string Name, string Text, IReadOnlyList<GoldEvent> Events, IReadOnlyList<string> UnlocatedQuotes);
