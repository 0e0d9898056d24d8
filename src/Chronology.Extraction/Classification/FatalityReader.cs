using System.Text.RegularExpressions;
using Chronology.Extraction.Dates;

namespace Chronology.Extraction.Classification;

/// <summary>
/// Reads the number of dead ("killing 30", "253 people were killed", "more than 250 dead"). Only counted
/// deaths: "dozens" gives none, and wounded or injured are never counted.
/// </summary>
public static class FatalityReader
{
    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    private static readonly string Number =
        @"(?<n>\d{1,3}(?:,\d{3})+|\d+|" + string.Join('|', DateVocabulary.NumberWords.Keys.Where(k => k.Length > 3).OrderByDescending(k => k.Length)) + ")";

    private const string Qualifier = @"(?:(?:at\s+least|more\s+than|over|about|around|some|nearly|almost|up\s+to|an\s+estimated|approximately)\s+)?";
    private const string NotWounded = @"(?!\s+(?:or|and)\s+(?:wounded|injured))";

    private static readonly Regex[] Patterns =
    [
        new($@"\b(?:killing|killed|kills|executing|executed)\s+{Qualifier}{Number}\b", Options),
        new($@"\b{Qualifier}{Number}\s+(?:[\w'-]+\s+){{0,3}}(?:(?:were|was|had\s+been|have\s+been|being|are|reportedly)\s+)*(?:killed|dead|died|slain|executed){NotWounded}\b", Options),
        new($@"\b{Number}\s+(?:[\w'-]+\s+){{0,2}}(?:deaths|fatalities){NotWounded}\b", Options),
        new($@"\bdeath\s+toll\s+(?:[\w'-]+\s+){{0,3}}(?:to|of|at)\s+{Qualifier}{Number}\b", Options),
    ];

    public static (int Count, string Text)? Read(string sentence)
    {
        (int, string)? first = null;
        var firstAt = int.MaxValue;
        foreach (var pattern in Patterns)
        {
            var m = pattern.Match(sentence);
            if (m.Success && m.Index < firstAt && NumberReader.Read(m.Groups["n"].Value) is { } count && !LooksLikeYear(m.Groups["n"].Value))
            {
                first = (count, m.Value);
                firstAt = m.Index;
            }
        }

        return first;
    }

    private static bool LooksLikeYear(string number) => number.Length == 4 && number[0] is '1' or '2' && number[1] is '9' or '0';
}
