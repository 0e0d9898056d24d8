using System.Text.RegularExpressions;

namespace Chronology.Extraction.Classification;

/// <summary>The wording of each event type. A type listed under <see cref="Overriding"/> wins wherever it
/// occurs in the clause; otherwise the keyword nearest the date decides.</summary>
public static class EventKeywords
{
    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    public static readonly IReadOnlyList<(string Type, Regex Pattern)> ByType =
    [
        ("pledgeOfAllegiance", Words(@"pledg\w*\s+(?:of\s+)?(?:their\s+|its\s+|his\s+)?(?:allegiance|loyalty)|(?:declared?|announced?)\s+(?:their\s+|its\s+)?(?:allegiance|loyalty)|bay'ah")),
        ("execution", Words(@"execut(?:ed|es|ing|ions?)|behead\w*")),
        ("massacre", Words(@"massacr\w*|kill(?:ed|ing)\s+(?:\w+\s+){0,3}civilians")),
        ("formation", Words(@"formed|founded|established|formation|creation|was\s+created")),
        ("campaign", Words(@"campaigns?|operations?\s+(?:to|against|in|called|named|dubbed)|launched\s+(?:an?\s+|the\s+)?operation")),
        ("liberation", Words(@"liberat\w*|recaptur\w*|retook|retak\w*|freed|expell?\w*|regain\w*|recover\w*|restored|clear(?:ed|ing)|drove\s+out|driven\s+out|pushed\s+out")),
        ("capture", Words(@"captur\w*|seiz\w*|(?:took|taken|take|taking|gained|seized|assumed)\s+(?:full\s+|complete\s+)?control|occupied|overr[au]n|fell\s+to|took\s+over|lost(?:\s+control)?|under\s+(?:the\s+)?control")),
        ("siege", Words(@"besieg\w*|sieges?|encircl\w*|surround(?:ed|ing)|cut\s+off")),
        ("attack", Words(@"attack\w*|counter-attack\w*|bomb\w*|air\s*strikes?|strikes?|struck|assault\w*|offensives?|clash\w*|shell(?:ed|ing|s)|ambush\w*|suicide|VBIEDs?|fighting|fought|battle|bombard\w*|raid\w*|storm(?:ed|ing)|advanc\w*|entered|push(?:ed)?\s+into|killed|killing|repell?\w*|withdr[ae]w\w*|retreat\w*|evacuat\w*")),
        ("other", Words(@"took\s+place|occurred|happened|erupted|broke\s+out")),
        ("declaration", Words(@"declar\w*|announc\w*|proclaim\w*")),
        ("statement", Words(@"statement|said|stated|reported|claimed|confirmed|spokes(?:man|woman|person)")),
    ];

    /// <summary>
    /// Verbs of a happening that name no particular event type ("crossed the border", "dropped supplies",
    /// "visited the town"). They make a sentence report something (type "other") when no typed keyword does,
    /// and keep a tally or status sentence an event.
    /// </summary>
    public static readonly IReadOnlyList<string> GeneralHappenings =
    [
        "destroyed", "destroying", "hit", "fired", "released", "surrendered", "expanded", "ambushed", "calling", "downed",
        "dispatched", "deployed", "redeployed", "sent", "enter", "entering", @"arrest\w*", "pushed", "reopened", "found",
        "discovered", "crossed", "reached", "exploded", "detonated", "mounted", "demonstrated", "marched", "protested",
        "visited", "congratulated", "appealed", @"called\s+on", "dropped", "airdropped", "mobili[sz]ed", @"infiltrat\w*",
        @"broke\s+(?:through|into)", @"set\s+fire", @"blew\s+up", "demolished", "kidnapped", "abducted", "delivered",
        "reinforced", "shot", "constructed", "transited", "resigned", "signed",
    ];

    /// <summary>The pattern of <see cref="GeneralHappenings"/>.</summary>
    public static readonly Regex GeneralHappening = Words(string.Join('|', GeneralHappenings));

    /// <summary>Types that describe the happening whatever else the clause says ("executed … after a mission").</summary>
    public static readonly IReadOnlySet<string> Overriding = new HashSet<string> { "pledgeOfAllegiance", "execution", "massacre", "formation" };

    /// <summary>Types whose object suffers the action, so a force named after the verb is its target.</summary>
    public static readonly IReadOnlySet<string> Acting = new HashSet<string> { "liberation", "capture", "attack", "siege", "massacre", "execution" };

    private static Regex Words(string pattern) => new(@"\b(?:" + pattern + @")\b", Options);
}
