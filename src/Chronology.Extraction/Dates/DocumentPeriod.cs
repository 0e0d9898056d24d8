namespace Chronology.Extraction.Dates;

/// <summary>The document's main period: the median of the days it dates with an explicit year.</summary>
public static class DocumentPeriod
{
    /// <summary>How far from the document's middle a date may lie and still belong to its narrative.</summary>
    public const int ReachYears = 5;

    /// <summary>True when the date lies more than <see cref="ReachYears"/> from the middle.</summary>
    public static bool IsFarFrom(ResolvedDate date, DateOnly? middle) =>
        middle is { } m && (date.Start < m.AddYears(-ReachYears) || date.Start > m.AddYears(ReachYears));

    /// <param name="expressions">The date expressions of each sentence, as <see cref="DateExpressionFinder"/> found them.</param>
    public static DateOnly? Middle(IEnumerable<IReadOnlyList<DateExpression>> expressions)
    {
        var days = new List<int>();
        foreach (var sentence in expressions)
        {
            foreach (var e in sentence)
            {
                if (e.From is { Year: { } year } from && year is >= 1 and <= 9999)
                {
                    var month = Math.Clamp(from.Month ?? 7, 1, 12);
                    var day = Math.Clamp(from.Day ?? 1, 1, DateTime.DaysInMonth(year, month));
                    days.Add(new DateOnly(year, month, day).DayNumber);
                }
            }
        }

        if (days.Count == 0)
        {
            return null;
        }

        days.Sort();
        return DateOnly.FromDayNumber(days[days.Count / 2]);
    }
}
