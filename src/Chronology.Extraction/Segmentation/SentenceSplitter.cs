namespace Chronology.Extraction.Segmentation;

/// <summary>
/// Splits a block into sentences at . ! ? followed by a space and a capital, digit or quote, unless the
/// period closes an abbreviation ("Jan.", "Gen.", "U.S."), an initial ("J. Smith") or is inside a number.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm", "brig", "cmdr", "cdr",
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "no", "nos", "vol", "pp", "p",
        "vs", "etc", "approx", "est", "inc", "ltd", "co", "corp", "dept", "gov", "sen", "rep", "pres",
        "e.g", "i.e", "u.s", "u.k", "u.n", "al",
    };

    /// <summary>Returns (start, end) pairs of the sentences within [start, end).</summary>
    public static List<(int Start, int End)> Split(string text, int start, int end)
    {
        var sentences = new List<(int, int)>();
        var sentenceStart = SkipSpace(text, start, end);
        for (var i = sentenceStart; i < end; i++)
        {
            var c = text[i];
            if (c == ']' && i + 1 < end && text[i + 1] == ']')
            {
                // The end of wiki markup ("[[File:…|caption]]") ends whatever it held.
                var after = SkipSpace(text, i + 2, end);
                if (after < end && after > sentenceStart)
                {
                    sentences.Add((sentenceStart, i + 2));
                    sentenceStart = after;
                    i = after - 1;
                }

                continue;
            }

            if (c is not ('.' or '!' or '?'))
            {
                continue;
            }

            var close = i + 1;
            while (close < end && text[close] is '"' or '”' or '’' or '\'' or ')' or ']' or '*')
            {
                close++;
            }

            if (close >= end || !char.IsWhiteSpace(text[close]))
            {
                continue;
            }

            var next = SkipSpace(text, close, end);
            if (next >= end || !StartsSentence(text[next]) || (c == '.' && ClosesAbbreviation(text, i)))
            {
                continue;
            }

            sentences.Add((sentenceStart, close));
            sentenceStart = next;
            i = next - 1;
        }

        var tail = TrimEnd(text, sentenceStart, end);
        if (tail > sentenceStart)
        {
            sentences.Add((sentenceStart, tail));
        }

        return sentences;
    }

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '\'' or '‘' or '*' or '(' or '[';

    private static bool ClosesAbbreviation(string text, int period)
    {
        var wordStart = period;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text[wordStart..period];
        if (word.Length == 0)
        {
            return false;
        }

        // A single capital is an initial ("J. Smith"); a dotted run is an acronym ("U.S.").
        return (word.Length == 1 && char.IsUpper(word[0])) || Abbreviations.Contains(word) || (word.Contains('.') && word.Length <= 6);
    }

    private static int SkipSpace(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }
}
