using System.Text.RegularExpressions;

namespace Chronology.Extraction.Dates;

/// <summary>Finds the date expressions of one sentence, leftmost-longest, with descriptors and bibliography left out.</summary>
public static class DateExpressionFinder
{
    /// <summary>Finds the expressions in <paramref name="sentence"/>; offsets are relative to it.</summary>
    public static List<DateExpression> Find(string sentence)
    {
        var found = new List<DateExpression>();
        Collect(found, sentence, DatePatterns.Iso, m => Absolute(m, "iso", Number(m, "y"), Number(m, "mn"), Number(m, "d")));
        Collect(found, sentence, DatePatterns.DayListMonth, m => List(m, "day-list-month"));
        Collect(found, sentence, DatePatterns.MonthDayList, m => List(m, "month-day-list"));
        Collect(found, sentence, DatePatterns.DayMonthYear, m => Absolute(m, m.Groups["y"].Success ? "day-month-year" : "yearless day-month", Number(m, "y"), MonthOf(m), Number(m, "d")));
        Collect(found, sentence, DatePatterns.MonthDayYear, m => Absolute(m, m.Groups["y"].Success ? "month-day-year" : "yearless month-day", Number(m, "y"), MonthOf(m), Number(m, "d")));
        Collect(found, sentence, DatePatterns.MonthYear, m => Absolute(m, Vague(m) ? "vague month-year" : "month-year", Number(m, "y"), MonthOf(m), null));
        Collect(found, sentence, DatePatterns.MonthAlone, m => Introduced(m) ? Absolute(m, Vague(m) ? "vague yearless month" : "yearless month", null, MonthOf(m), null) : null);
        Collect(found, sentence, DatePatterns.YearAlone, m => Introduced(m) ? Absolute(m, Vague(m) ? "vague year" : "year", Number(m, "y"), null, null) : null);
        Collect(found, sentence, DatePatterns.DayOfSameMonth, m => m.Groups["same"].Success || m.Groups["on"].Success
            ? new DateExpression(m.Index, m.Length, "day of the same month", new DateFields(null, null, Number(m, "d")), null, null, false, SameMonth: true)
            : null);
        Collect(found, sentence, DatePatterns.CountThenDirection, m => Relative(m, "relative count-direction"));
        Collect(found, sentence, DatePatterns.DirectionThenCount, m => Relative(m, "relative direction-count"));
        foreach (var (pattern, step) in DatePatterns.Anaphora)
        {
            Collect(found, sentence, pattern, m => new DateExpression(m.Index, m.Length, "anaphoric", null, null, step, step.Approximate));
        }

        var chosen = LeftmostLongest(found);
        chosen.RemoveAll(e => IsNonEvent(sentence, e));
        return DateRangeJoiner.Join(sentence, chosen);
    }

    private static void Collect(List<DateExpression> found, string sentence, Regex pattern, Func<Match, DateExpression?> read)
    {
        for (var m = pattern.Match(sentence); m.Success; m = m.NextMatch())
        {
            if (read(m) is { } expression)
            {
                found.Add(expression);
            }
        }
    }

    private static List<DateExpression> LeftmostLongest(List<DateExpression> found)
    {
        var chosen = new List<DateExpression>();
        var end = 0;
        foreach (var e in found.OrderBy(e => e.Start).ThenByDescending(e => e.Length))
        {
            if (e.Start >= end)
            {
                chosen.Add(e);
                end = e.End;
            }
        }

        return chosen;
    }

    private static bool IsNonEvent(string sentence, DateExpression e)
    {
        var before = sentence[Math.Max(0, e.Start - 45)..e.Start];
        if (DatePatterns.NonEventLead.IsMatch(before) || sentence.AsSpan(e.Start).StartsWith("since", StringComparison.OrdinalIgnoreCase)
            || before.TrimEnd().EndsWith("since", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // "the June 2014 offensive": a date used as an adjective describes, it does not report.
        var descriptor = !e.IsRelative && !e.SameMonth && before.TrimEnd().EndsWith(" the", StringComparison.OrdinalIgnoreCase)
            && e.End < sentence.Length - 1 && sentence[e.End] == ' ' && char.IsLower(sentence[e.End + 1])
            && !sentence.AsSpan(e.End + 1).StartsWith("and") && !sentence.AsSpan(e.End + 1).StartsWith("to");
        return descriptor;
    }

    private static DateExpression Absolute(Match m, string rule, int? year, int? month, int? day) =>
        new(m.Index, m.Length, rule, new DateFields(year, month, day), null, null, Vague(m));

    private static DateExpression List(Match m, string rule)
    {
        var year = Number(m, "y");
        var month = MonthOf(m);
        return new DateExpression(m.Index, m.Length, rule, new DateFields(year, month, Number(m, "d")), new DateFields(year, month, Number(m, "d2")), null, false);
    }

    private static DateExpression Relative(Match m, string rule)
    {
        var amount = DateVocabulary.NumberWords.TryGetValue(m.Groups["n"].Value, out var word) ? word : int.Parse(m.Groups["n"].Value);
        var unit = DateVocabulary.Units[m.Groups["u"].Value];
        var direction = m.Groups["dir"].Value.ToLowerInvariant();
        var backwards = direction is "earlier" or "before";
        var span = direction == "within";
        // "two days later" counts exactly; "after 10 months" or "within 7 days" is a round figure.
        var approximate = direction != "later" || unit is not (DateUnit.Day or DateUnit.Hour);
        return new DateExpression(m.Index, m.Length, rule, null, null, new RelativeStep(backwards ? -amount : amount, unit, approximate, span), approximate);
    }

    private static bool Introduced(Match m) => m.Groups["trig"].Success || m.Groups["mod"].Success;

    private static bool Vague(Match m) => m.Groups["mod"].Success;

    private static int? MonthOf(Match m) => DateVocabulary.Months[m.Groups["m"].Value.TrimEnd('.')];

    private static int? Number(Match m, string group)
    {
        var g = m.Groups[group];
        if (!g.Success)
        {
            return null;
        }

        var digits = g.ValueSpan;
        var length = 0;
        while (length < digits.Length && char.IsDigit(digits[length]))
        {
            length++;
        }

        return int.Parse(digits[..length]);
    }
}
