using System.Text.RegularExpressions;

namespace Chronology.Extraction.Dates;

/// <summary>The compiled date patterns, assembled once from <see cref="DateVocabulary"/>.</summary>
public static class DatePatterns
{
    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant;

    private static readonly string Month =
        "(?:" + string.Join('|', DateVocabulary.Months.Keys.OrderByDescending(k => k.Length)) + @")\b\.?";

    private const string Day = @"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)";
    private const string Year = @"(?:1[89]|20)\d{2}(?!\d)";
    private const string Dash = @"(?:–|—|-|‐)";

    private static readonly string Vague =
        "(?i:\\b(?:the\\s+)?(?:very\\s+)?(?<mod>" + string.Join('|', DateVocabulary.VagueModifiers.OrderByDescending(m => m.Length).Select(Regex.Escape)) + "))";

    private static readonly string Trigger =
        "(?i:(?<trig>" + string.Join('|', DateVocabulary.PeriodTriggers) + "))";

    private static readonly string Number =
        @"(?<n>\d{1,3}|(?i:" + string.Join('|', DateVocabulary.NumberWords.Keys.OrderByDescending(k => k.Length)) + "))";

    private static readonly string Unit = "(?<u>(?i:" + string.Join('|', DateVocabulary.Units.Keys.OrderByDescending(k => k.Length)) + "))";

    /// <summary>2015-01-26.</summary>
    public static readonly Regex Iso = new(@"\b(?<y>" + Year + @")-(?<mn>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\d|3[01])\b", Options);

    /// <summary>26 January 2015, 26th of January, 7 July.</summary>
    public static readonly Regex DayMonthYear = new(
        $@"\b(?<d>{Day})(?:\s+of)?\s+(?<m>{Month})(?:,?\s+(?<y>{Year}))?", Options);

    /// <summary>January 26, 2015; February 27-2015; June 24; July 16 of the same year.</summary>
    public static readonly Regex MonthDayYear = new(
        $@"\b(?<m>{Month})\s+(?<d>{Day})(?:(?:\s*,\s*|\s*{Dash}\s*|\s+)(?<y>{Year}))?(?:\s+of\s+the\s+same\s+year)?", Options);

    /// <summary>24 and 25 June 2015; 1–2 July.</summary>
    public static readonly Regex DayListMonth = new(
        $@"\b(?<d>{Day})\s*(?:{Dash}|\band\b|\bto\b)\s*(?<d2>{Day})\s+(?<m>{Month})(?:,?\s+(?<y>{Year}))?", Options);

    /// <summary>June 24 and 25, 2015; June 24–25.</summary>
    public static readonly Regex MonthDayList = new(
        $@"\b(?<m>{Month})\s+(?<d>{Day})\s*(?:{Dash}|\band\b|\bto\b)\s*(?<d2>{Day})(?:\s*,?\s*(?<y>{Year}))?", Options);

    /// <summary>May 2015, early November 2017, the end of June 2016.</summary>
    public static readonly Regex MonthYear = new(
        $@"(?:{Vague}[\s-]+)?\b(?<m>{Month}),?\s+(?<y>{Year})", Options);

    /// <summary>in May, late June, the end of May (a month without day or year).</summary>
    public static readonly Regex MonthAlone = new(
        $@"(?:\b{Trigger}\s+)?(?:{Vague}[\s-]+)?\b(?<m>{Month})(?!\s*,?\s*\d)", Options);

    /// <summary>in 2016, mid-2016, the beginning of 2018.</summary>
    public static readonly Regex YearAlone = new(
        $@"(?:\b{Trigger}\s+)?(?:{Vague}[\s-]*)?\b(?<y>{Year})\b(?!\s*{Dash}\s*\d)", Options);

    /// <summary>the 19th of the same month; on the 19th.</summary>
    public static readonly Regex DayOfSameMonth = new(
        @"(?i:\b(?<on>on\s+)?the\s+)(?<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)(?<same>\s+of\s+(?:the\s+same|that)\s+month)?\b(?!\s+(?:of\s+)?[A-Z])", Options);

    /// <summary>two days later, three days after, a week earlier.</summary>
    public static readonly Regex CountThenDirection = new(
        $@"\b{Number}\s+{Unit}\s+(?<dir>(?i:later|afterwards|after|earlier|before))\b", Options);

    /// <summary>after 10 months, within 7 days — but not "after 134 days of resistance".</summary>
    public static readonly Regex DirectionThenCount = new(
        $@"\b(?<dir>(?i:after|within))\s+(?:(?i:about|around|some|nearly|almost|over|more\s+than|less\s+than)\s+)?{Number}\s+{Unit}\b(?!\s+of\b)", Options);

    /// <summary>Anaphoric phrases and the step each takes from the anchor.</summary>
    public static readonly IReadOnlyList<(Regex Pattern, RelativeStep Step)> Anaphora =
    [
        (Phrase(@"(?:on\s+)?the\s+same\s+(?:day|night|evening|morning)|(?:later\s+)?that\s+(?:day|night|evening|morning)"), new RelativeStep(0, DateUnit.Day, false, false)),
        (Phrase(@"(?:on\s+)?the\s+(?:following|next)\s+(?:day|morning|evening|night)|the\s+day\s+after"), new RelativeStep(1, DateUnit.Day, false, false)),
        (Phrase(@"(?:on\s+)?the\s+(?:previous|preceding)\s+(?:day|night)|the\s+day\s+before"), new RelativeStep(-1, DateUnit.Day, false, false)),
        (Phrase(@"the\s+(?:following|next)\s+week"), new RelativeStep(1, DateUnit.Week, true, false)),
        (Phrase(@"(?:(?:in|during)\s+(?:the\s+)?course\s+of|over|during|through|throughout|in)\s+the\s+(?:next|following|subsequent|coming)\s+(?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|few|several|couple\s+of)\s+)?(?:days|nights)"), new RelativeStep(1, DateUnit.Day, true, false)),
        (Phrase(@"later\s+(?:that|in\s+the|the\s+same)\s+month|(?:by\s+)?the\s+end\s+of\s+the\s+month"), new RelativeStep(0, DateUnit.Month, true, false)),
        (Phrase(@"the\s+(?:following|next)\s+month"), new RelativeStep(1, DateUnit.Month, false, false)),
        (Phrase(@"later\s+(?:that|in\s+the|the\s+same)\s+year"), new RelativeStep(0, DateUnit.Year, true, false)),
        (Phrase(@"the\s+(?:following|next)\s+year"), new RelativeStep(1, DateUnit.Year, false, false)),
    ];

    /// <summary>
    /// A subordinate clause open before a date ("… which they had captured two days earlier", "… after losing
    /// it the previous day"): a backward step there recalls the past of the main happening, it does not date it.
    /// </summary>
    public static readonly Regex FlashbackClause = new(
        @"(?i:\b(?:" + string.Join('|', DateVocabulary.FlashbackLeads) + @")\b[^,;:.]*$)", Options);

    /// <summary>The gap between two dates that makes them one range ("5 June until 10 July").</summary>
    public static readonly Regex RangeConnector = new(@"^\s*(?:–|—|-|‐|to|until|till|through|and)\s*$", Options | RegexOptions.IgnoreCase);

    /// <summary>Words before a date that make it bibliography or biography rather than an event.</summary>
    public static readonly Regex NonEventLead = new(
        @"(?i:\b(?:" + string.Join('|', DateVocabulary.NonEventLeads) + @")\b)[^.;]{0,30}$", Options);

    private static Regex Phrase(string pattern) => new(@"(?i:\b(?:" + pattern + @")\b)", Options);
}
