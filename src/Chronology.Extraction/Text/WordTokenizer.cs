using System.Globalization;

namespace Chronology.Extraction.Text;

/// <summary>Splits text into words: letters, digits and combining marks; everything else separates.</summary>
public static class WordTokenizer
{
    public static List<WordToken> Tokenize(string text, int start = 0, int length = -1)
    {
        var end = length < 0 ? text.Length : start + length;
        var tokens = new List<WordToken>();
        var i = start;
        while (i < end)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var tokenStart = i;
            while (i < end && IsWordChar(text[i]))
            {
                i++;
            }

            var word = text[tokenStart..i];
            tokens.Add(new WordToken(tokenStart, i - tokenStart, word, TextFolding.Fold(word)));
        }

        return tokens;
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
