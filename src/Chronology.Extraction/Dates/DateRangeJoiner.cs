namespace Chronology.Extraction.Dates;

/// <summary>
/// Joins two adjacent dates into one range when only a connector stands between them
/// ("31 May – 10 July 2015", "from 5 June until 10 July 2016", "between 3 and 9 May"),
/// and lends the later end's missing year and month to the earlier one.
/// </summary>
public static class DateRangeJoiner
{
    public static List<DateExpression> Join(string sentence, List<DateExpression> expressions)
    {
        var joined = new List<DateExpression>(expressions.Count);
        for (var i = 0; i < expressions.Count; i++)
        {
            var first = expressions[i];
            if (i + 1 < expressions.Count && CanJoin(sentence, first, expressions[i + 1]))
            {
                var second = expressions[i + 1];
                joined.Add(first with
                {
                    Length = second.End - first.Start,
                    Rule = "range " + first.Rule + " to " + second.Rule,
                    To = second.From,
                    Vague = first.Vague || second.Vague,
                });
                i++;
                continue;
            }

            joined.Add(first);
        }

        return joined.Select(Complete).ToList();
    }

    private static bool CanJoin(string sentence, DateExpression first, DateExpression second)
    {
        if (first.From is null || second.From is null || first.To is not null || second.To is not null || first.SameMonth)
        {
            return false;
        }

        var gap = sentence[first.End..second.Start];
        if (!DatePatterns.RangeConnector.IsMatch(gap))
        {
            return false;
        }

        // "and" joins only after "between"; otherwise "on 3 May and 9 May" are two happenings.
        return !gap.Trim().Equals("and", StringComparison.OrdinalIgnoreCase)
            || sentence[..first.Start].TrimEnd().EndsWith("between", StringComparison.OrdinalIgnoreCase);
    }

    private static DateExpression Complete(DateExpression e)
    {
        if (e.From is not { } from || e.To is not { } to)
        {
            return e;
        }

        var month = from.Month ?? (from.Day is not null ? to.Month : null);
        var year = from.Year ?? (to.Year is { } y && month is { } m && to.Month is { } m2 && m > m2 ? y - 1 : to.Year);
        var toYear = to.Year ?? year;
        var toMonth = to.Month ?? month;
        return e with { From = new DateFields(year, month, from.Day), To = new DateFields(toYear, toMonth, to.Day) };
    }
}
