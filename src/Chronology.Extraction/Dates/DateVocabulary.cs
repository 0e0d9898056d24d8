namespace Chronology.Extraction.Dates;

/// <summary>The words dates are written with. The patterns are built from these tables, so a new
/// spelling is one more entry here rather than one more regex.</summary>
public static class DateVocabulary
{
    /// <summary>Month spellings (as capitalised in running text) to month numbers.</summary>
    public static readonly IReadOnlyDictionary<string, int> Months = new Dictionary<string, int>
    {
        ["January"] = 1,
        ["February"] = 2,
        ["March"] = 3,
        ["April"] = 4,
        ["May"] = 5,
        ["June"] = 6,
        ["July"] = 7,
        ["August"] = 8,
        ["September"] = 9,
        ["October"] = 10,
        ["November"] = 11,
        ["December"] = 12,
        ["Jan"] = 1,
        ["Feb"] = 2,
        ["Mar"] = 3,
        ["Apr"] = 4,
        ["Jun"] = 6,
        ["Jul"] = 7,
        ["Aug"] = 8,
        ["Sep"] = 9,
        ["Sept"] = 9,
        ["Oct"] = 10,
        ["Nov"] = 11,
        ["Dec"] = 12,
    };

    /// <summary>Number words a relative date may count with ("two days later").</summary>
    public static readonly IReadOnlyDictionary<string, int> NumberWords = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1,
        ["an"] = 1,
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["thirteen"] = 13,
        ["fourteen"] = 14,
        ["fifteen"] = 15,
        ["sixteen"] = 16,
        ["seventeen"] = 17,
        ["eighteen"] = 18,
        ["nineteen"] = 19,
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["forty"] = 40,
        ["fifty"] = 50,
        ["sixty"] = 60,
        ["seventy"] = 70,
        ["eighty"] = 80,
        ["ninety"] = 90,
        ["hundred"] = 100,
        ["dozen"] = 12,
    };

    /// <summary>Units a relative date may step by.</summary>
    public static readonly IReadOnlyDictionary<string, DateUnit> Units = new Dictionary<string, DateUnit>(StringComparer.OrdinalIgnoreCase)
    {
        ["hour"] = DateUnit.Hour,
        ["hours"] = DateUnit.Hour,
        ["day"] = DateUnit.Day,
        ["days"] = DateUnit.Day,
        ["week"] = DateUnit.Week,
        ["weeks"] = DateUnit.Week,
        ["month"] = DateUnit.Month,
        ["months"] = DateUnit.Month,
        ["year"] = DateUnit.Year,
        ["years"] = DateUnit.Year,
    };

    /// <summary>
    /// Vague modifiers of a period ("early November 2017", "mid-2016", "the end of May"). Rule: the date
    /// is the start of the period modified, at the period's precision, marked approximate.
    /// </summary>
    public static readonly IReadOnlyList<string> VagueModifiers =
    [
        "early", "late", "mid", "middle of", "beginning of", "start of", "end of", "first half of",
        "second half of", "spring of", "summer of", "autumn of", "winter of", "spring", "summer", "autumn",
        "winter",
    ];

    /// <summary>Prepositions that make a bare month or year a date rather than a descriptor ("in 2016").</summary>
    public static readonly IReadOnlyList<string> PeriodTriggers =
        ["in", "during", "by", "until", "till", "through", "throughout", "from", "since", "before", "after"];

    /// <summary>Words opening a clause in which a backward relative date recalls the past ("which … two days earlier").</summary>
    public static readonly IReadOnlyList<string> FlashbackLeads = ["which", "that", "who", "after"];

    /// <summary>Words that, just before a date, mark it as background or bibliography rather than an event.</summary>
    public static readonly IReadOnlyList<string> NonEventLeads =
        ["retrieved", "archived", "accessed", "published", "born", "died", "updated", "original on"];
}

public enum DateUnit
{
    Hour,
    Day,
    Week,
    Month,
    Year,
}
