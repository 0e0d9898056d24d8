using System.Text.RegularExpressions;

namespace Chronology.Extraction.Classification;

/// <summary>
/// Sentences that carry a date and event words yet report no happening of their own: a tally of the dead
/// ("At least 14 fighters were killed in the clashes"), a status ("X was in control of 40 percent of the
/// city", "pockets of resistance remained"). A rule strips the tally or status wording and the back
/// references to a fight already told ("the clashes", "these attacks"); if no happening word is left,
/// the sentence is no event. The word lists are the tables below.
/// </summary>
public static class NonEventSentences
{
    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    /// <summary>Counts a tally is made of (digits, number words, vague quantities).</summary>
    public static readonly IReadOnlyList<string> CountWords =
    [
        @"\d[\d,.]*\+?", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "dozens",
        "hundreds", "scores", "several",
    ];

    /// <summary>Who a tally counts.</summary>
    public static readonly IReadOnlyList<string> CountedPeople =
    [
        "militants", "fighters", "soldiers", "civilians", "people", "members", "troops", "jihadists", "commanders",
        "policemen", "tribesmen", "personnel", "others", "insurgents", "terrorists", "combatants", "children",
        "women", "men", "residents", "refugees", "families", "officers", "gunmen", "volunteers",
    ];

    /// <summary>The wording of a tally: the dead, the wounded, the fled.</summary>
    public static readonly IReadOnlyList<string> TallyWording =
    [
        @"killed", "killing", "dead", "deaths?", "wounded", "wounding", "injured", "casualties", @"lost(?=\s+(?:\d|several|dozens|hundreds))",
        @"had\s+(?:\w+ly\s+)?(?:been\s+)?(?:evacuated|fled|escaped|displaced)", @"managed\s+to\s+(?:escape|flee)",
    ];

    /// <summary>Nouns for a fight already told, when taken up again with a determiner ("in the clashes").</summary>
    public static readonly IReadOnlyList<string> FightNouns =
    [
        "clashes", "clash", "fighting", "fight", "attacks?", "assaults?", "strikes", "air\\s*strikes", "explosion",
        "battle", "offensive", "operations?", "bombings?", "shelling", "raids?", "counter-attacks?", "capture",
        "recapture", "fall", "loss", "siege",
    ];

    /// <summary>Determiners that refer back ("the clashes", "these attacks", "that day's offensive").</summary>
    public static readonly IReadOnlyList<string> BackReferences = ["the", "these", "those", "this", "that", "its", "their", "that\\s+day's"];

    /// <summary>The wording of a status rather than a change: control held, resistance remaining, estimates.</summary>
    public static readonly IReadOnlyList<string> StatusWording =
    [
        @"(?:was|were|remained|is|are)\s+(?:still\s+)?(?:in\s+control\s+of|under\s+(?:\w+\s+){0,2}control)",
        @"controll?(?:ed|s)\s+(?:only\s+)?(?:around|about|some|over|nearly|almost|roughly|more\s+than|less\s+than)?\s*(?:\d[\d.,]*\s*(?:%|percent)|(?:a|one|two)\s+(?:third|quarter|half))",
        @"control\s+(?:over|of)\s+[^.;]{0,40}?(?:had\s+)?(?:been\s+)?reduced\s+to",
        @"pockets?\s+of\s+(?:\w+\s+){0,2}resistance", @"holed\s+up", @"remained", @"(?:was|were)\s+remaining", @"persisted",
        @"(?:was|were)\s+(?:\w+ly\s+)?estimated", @"an\s+estimated",
        @"the\s+number\s+of\s+[^.,;]{1,60}?\s+(?:had\s+|has\s+)?(?:risen|rose|increased|reached|grown|grew|climbed|fallen|fell|dropped)",
        @"(?:(?:fighting|clashes|battle|resistance)\s+)?(?:was|were|is|are)\s+(?:also\s+)?(?:still\s+)?(?:ongoing|going\s+on)", @"(?:was|were)\s+(?:\w+ly\s+)?(?:considered|deemed|described|named|dubbed|seen)\s+as",
        @"(?:was|were)\s+(?:\w+ly\s+)?(?:considered|deemed|named|dubbed)", @"was\s+the\s+first\s+time", @"faced\s+(?:\w+\s+){0,3}?resistance",
        @"had\s+become",
        @"with\s+(?:the\s+)?[\w'’ -]{1,40}?\s+(?:captured|recaptured|taken|retaken|liberated)\s*,",
    ];

    /// <summary>
    /// Words that put what follows them, up to the clause's end, out of the past narrative: a plan, a
    /// threat, a condition, a possibility ("were close to capturing the bridge", "if the town fell").
    /// </summary>
    public static readonly IReadOnlyList<string> IrrealisLeads =
    [
        "would", "could", "might", @"(?-i:may)", "if", "unless", @"planning\s+to", @"planned\s+to", @"plans\s+to",
        @"preparing\s+(?:to|for)", @"prepare\s+(?:to|for)", @"close\s+to", @"tasked\s+(?:to|with)", @"expected\s+to",
        "potential", @"in\s+order\s+to", @"so\s+as\s+to", @"threatened\s+to", @"intended\s+to", @"hoping\s+to",
        @"hoped\s+to", @"aiming\s+to", @"ready\s+to", @"predicted",
    ];

    /// <summary>A named speaker's words ("the commander claimed that …"), which make a status an announcement;
    /// an impersonal "it was reported that" does not.</summary>
    public static readonly IReadOnlyList<string> SpeakerVerbs =
        ["claimed", "said", "stated", "announced", "declared", "confirmed", "told", "threatened", "warned", "vowed", "pledged", "promised"];

    private static readonly Regex SpeakerPattern = new(
        @"(?<!\bit\s+(?:was|has\s+been|had\s+been)\s+(?:\w+\s+)?)\b(?:" + string.Join('|', SpeakerVerbs) + @")\b", Options);

    private static readonly string Count = "(?:" + string.Join('|', CountWords) + ")";

    private static readonly Regex CountedPeoplePattern = new(
        @"\b" + Count + @"\s+(?:[\w'’-]+\s+){0,4}?(?:" + string.Join('|', CountedPeople) + @")\b", Options);

    private static readonly Regex TallyPattern = Words(string.Join('|', TallyWording));

    private static readonly Regex StatusPattern = Words(string.Join('|', StatusWording));

    private static readonly Regex BackReferencePattern = Words(
        "(?:" + string.Join('|', BackReferences) + @")\s+(?:[\w'’-]+\s+){0,3}?(?:" + string.Join('|', FightNouns) + ")"
        + @"(?:\s+and\s+(?:[\w'’-]+\s+){0,2}?(?:" + string.Join('|', FightNouns) + "))?");

    private static readonly Regex IrrealisPattern = Words(
        "(?:" + string.Join('|', IrrealisLeads) + @")[^,;:.]*?(?=\s*(?:[,;:.]|\b(?:but|while|when|as|after|before)\b|$))");

    /// <summary>
    /// True when the sentence is a tally, a status or an unrealised happening, and nothing else happens in it
    /// once all of those wordings (and back references to a fight already told) are taken out.
    /// </summary>
    public static bool Applies(string sentence)
    {
        var tally = TallyPattern.IsMatch(sentence) && CountedPeoplePattern.IsMatch(sentence);
        var spoken = SpeakerPattern.IsMatch(sentence);
        var status = !spoken && StatusPattern.IsMatch(sentence);
        var irrealis = !spoken && IrrealisPattern.IsMatch(sentence);
        if (!tally && !status && !irrealis)
        {
            return false;
        }

        var rest = Strip(sentence, TallyPattern);
        rest = status ? StatusPattern.Replace(rest, " ") : rest;
        rest = irrealis ? IrrealisPattern.Replace(rest, " ") : rest;
        return !HasHappening(rest);
    }

    /// <summary>True when every happening the sentence names is planned, feared, possible or conditional; a
    /// named speaker's intent ("the ministry announced it would send troops") is a statement and stays.</summary>
    public static bool IsIrrealis(string sentence) =>
        IrrealisPattern.IsMatch(sentence) && !SpeakerPattern.IsMatch(sentence) && !HasHappening(Strip(sentence, IrrealisPattern));

    /// <summary>True when the sentence only counts casualties of a fight told elsewhere.</summary>
    /// <param name="sentence">The sentence with its date expressions blanked out, so a day is no count.</param>
    public static bool IsTally(string sentence) =>
        TallyPattern.IsMatch(sentence) && CountedPeoplePattern.IsMatch(sentence) && !HasHappening(Strip(sentence, TallyPattern));

    /// <summary>True when the sentence states who holds what, or what remains, and nothing happens.</summary>
    public static bool IsStatus(string sentence) =>
        StatusPattern.IsMatch(sentence) && !SpeakerPattern.IsMatch(sentence) && !HasHappening(Strip(Strip(sentence, StatusPattern), TallyPattern));

    private static string Strip(string sentence, Regex pattern) => pattern.Replace(BackReferencePattern.Replace(sentence, " "), " ");

    private static bool HasHappening(string text) =>
        EventKeywords.GeneralHappening.IsMatch(text)
        || EventKeywords.ByType.Any(t => t.Type is not ("statement" or "declaration") && t.Pattern.IsMatch(text));

    private static Regex Words(string pattern) => new(@"\b(?:" + pattern + @")(?!\w)", Options);
}
