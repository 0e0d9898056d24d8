using Chronology.Extraction.Dates;
using Chronology.Extraction.Text;

namespace Chronology.Extraction.GazetteerMatching;

/// <summary>
/// Capitalised names the gazetteer does not know that read as places (after "in", "at", "near",
/// "the city of", …) or forces (a capitalised phrase with Army, Forces, Brigade, Front, …).
/// </summary>
public static class UnresolvedNameFinder
{
    private static readonly HashSet<string> PlaceLeads = new(StringComparer.Ordinal)
    {
        "in", "at", "near", "outside", "around", "towards", "toward", "into", "city of", "town of", "village of",
        "district of", "neighbourhood of", "neighborhood of", "province of", "governorate of", "region of",
    };

    private static readonly HashSet<string> ForceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "army", "forces", "force", "units", "unit", "brigade", "brigades", "front", "division", "militia", "militias",
        "party", "council", "coalition", "mobilization", "mobilisation", "battalion", "battalions", "regiment",
        "corps", "guard", "guards", "movement", "committee", "command",
    };

    // Lower-case particles that belong inside Arabic and Kurdish names ("Tell al-Abyad", "Deir ez-Zor").
    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "al", "el", "ad", "ar", "as", "ash", "at", "az", "ez", "ed", "an", "bin", "ibn", "abu", "of", "the", "and",
    };

    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "The", "A", "An", "On", "In", "At", "By", "During", "After", "Before", "This", "That", "These", "Those", "It", "Its",
        "He", "She", "They", "We", "I", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };

    public static List<(string Text, string Kind, int Start)> Find(string sentence, IReadOnlyList<WordToken> tokens, IReadOnlyList<GazetteerMatch> known)
    {
        var found = new List<(string, string, int)>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (!StartsName(tokens[i]) || IsKnown(tokens[i], known))
            {
                i++;
                continue;
            }

            var last = i;
            while (last + 1 < tokens.Count && ContinuesName(sentence, tokens, last, known))
            {
                last++;
            }

            while (last > i && NameParticles.Contains(tokens[last].Text))
            {
                last--;
            }

            var text = sentence[tokens[i].Start..tokens[last].End];
            var words = last - i + 1;
            var kind = words >= 2 && Enumerable.Range(i, words).Any(k => ForceWords.Contains(tokens[k].Text)) ? "force"
                : i > 0 && LedAsPlace(tokens, i) ? "place" : null;
            if (kind is not null)
            {
                found.Add((text, kind, tokens[i].Start));
            }

            i = last + 1;
        }

        return found;
    }

    private static bool StartsName(WordToken token) =>
        token.IsCapitalised && !NotNames.Contains(token.Text) && !DateVocabulary.Months.ContainsKey(token.Text) && !char.IsDigit(token.Text[0]);

    private static bool ContinuesName(string sentence, IReadOnlyList<WordToken> tokens, int last, IReadOnlyList<GazetteerMatch> known)
    {
        var next = tokens[last + 1];
        var gap = sentence.AsSpan(tokens[last].End, next.Start - tokens[last].End);
        if (gap.Length > 2 || gap.ContainsAny(",.;:()[]\"") || IsKnown(next, known))
        {
            return false;
        }

        return (next.IsCapitalised && !DateVocabulary.Months.ContainsKey(next.Text))
            || (NameParticles.Contains(next.Text) && last + 2 < tokens.Count && tokens[last + 2].IsCapitalised);
    }

    private static bool LedAsPlace(IReadOnlyList<WordToken> tokens, int i)
    {
        var one = tokens[i - 1].Folded;
        var two = i > 1 ? tokens[i - 2].Folded + " " + one : one;
        return PlaceLeads.Contains(one) || PlaceLeads.Contains(two);
    }

    private static bool IsKnown(WordToken token, IReadOnlyList<GazetteerMatch> known) =>
        known.Any(m => token.Start < m.End && m.Start < token.End);
}
