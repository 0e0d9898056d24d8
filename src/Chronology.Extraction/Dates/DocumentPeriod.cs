using Chronology.Extraction.Segmentation;

namespace Chronology.Extraction.Dates;

/// <summary>The document's main period: the median of the days it dates with an explicit year.</summary>
public static class DocumentPeriod
{
    public static DateOnly? Middle(string text, IReadOnlyList<SentenceSpan> sentences)
    {
        var days = new List<int>();
        foreach (var span in sentences)
        {
            foreach (var e in DateExpressionFinder.Find(text[span.Start..span.End]))
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
