using System.Globalization;

namespace Chronology.Application.Events;

/// <summary>Parses the date bounds of a window: <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
public static class DateBound
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];

    /// <summary>The first day the bound names: "2015" → 2015-01-01, "2015-02" → 2015-02-01.</summary>
    public static bool TryParseStart(string text, out DateOnly date) => TryParse(text, atEnd: false, out date);

    /// <summary>The last day the bound names: "2015" → 2015-12-31, "2015-02" → 2015-02-28.</summary>
    public static bool TryParseEnd(string text, out DateOnly date) => TryParse(text, atEnd: true, out date);

    private static bool TryParse(string text, bool atEnd, out DateOnly date)
    {
        date = default;
        text = text.Trim();
        if (!DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            || parsed.Year < 1)
        {
            return false;
        }

        var first = DateOnly.FromDateTime(parsed);
        date = (text.Length, atEnd) switch
        {
            (4, true) => new DateOnly(first.Year, 12, 31),
            (7, true) => new DateOnly(first.Year, first.Month, DateTime.DaysInMonth(first.Year, first.Month)),
            _ => first,
        };
        return true;
    }
}
