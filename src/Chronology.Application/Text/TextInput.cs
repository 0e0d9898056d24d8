using System.Globalization;
using System.Text;

namespace Chronology.Application.Text;

/// <summary>
/// Text as it enters the chronology. Every text member is stored in Unicode normalisation form C, so
/// that text which looks the same is the same ("Kobanî" typed with a combining circumflex is stored as
/// the one-character "î"). Names, aliases and titles may not hold invisible or direction-control
/// characters (<see cref="FindInvisible"/>).
/// </summary>
public static class TextInput
{
    /// <summary>The text in normalisation form C; text that is not valid UTF-16 (a lone surrogate) is left as it is.</summary>
    public static string? Nfc(string? text)
    {
        if (text is null)
        {
            return null;
        }

        try
        {
            return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }

    /// <summary>Each item in normalisation form C; null items stay null for the validator to report.</summary>
    public static IReadOnlyList<string>? Nfc(IReadOnlyList<string>? texts) => texts?.Select(t => Nfc(t)!).ToList();

    /// <summary>
    /// The first character a name must not hold, with its UTF-16 index: control characters (Unicode Cc,
    /// tabs and line breaks included), format characters (Cf: zero-width spaces, direction marks,
    /// embeddings, overrides and isolates, the byte order mark, soft hyphens) and line or paragraph
    /// separators. A zero-width non-joiner or joiner between two Arabic-script letters is allowed:
    /// Persian and Sorani Kurdish spell names with it.
    /// </summary>
    public static (Rune Character, int Index)? FindInvisible(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsInvisible(rune) && !IsJoinerInsideArabicScript(text, index, rune))
            {
                return (rune, index);
            }

            index += rune.Utf16SequenceLength;
        }

        return null;
    }

    /// <summary>"U+200B ZERO WIDTH SPACE": the code point, and its Unicode name where it is one we refuse often.</summary>
    public static string Describe(Rune character)
    {
        var code = $"U+{character.Value:X4}";
        return InvisibleNames.TryGetValue(character.Value, out var name)
            ? $"{code} {name}"
            : $"{code} (an invisible {(Rune.GetUnicodeCategory(character) == UnicodeCategory.Control ? "control" : "format")} character)";
    }

    private static bool IsInvisible(Rune rune) => Rune.GetUnicodeCategory(rune) is
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    private static bool IsJoinerInsideArabicScript(string text, int index, Rune rune) =>
        rune.Value is 0x200C or 0x200D
        && index > 0 && index + 1 < text.Length
        && IsArabicLetter(text[index - 1]) && IsArabicLetter(text[index + 1]);

    private static bool IsArabicLetter(char c) =>
        char.IsLetter(c) && (c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\u08A0' and <= '\u08FF'
            or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF');

    private static readonly Dictionary<int, string> InvisibleNames = new()
    {
        [0x0000] = "NULL",
        [0x0009] = "CHARACTER TABULATION",
        [0x000A] = "LINE FEED",
        [0x000D] = "CARRIAGE RETURN",
        [0x007F] = "DELETE",
        [0x0085] = "NEXT LINE",
        [0x00AD] = "SOFT HYPHEN",
        [0x061C] = "ARABIC LETTER MARK",
        [0x180E] = "MONGOLIAN VOWEL SEPARATOR",
        [0x200B] = "ZERO WIDTH SPACE",
        [0x200C] = "ZERO WIDTH NON-JOINER",
        [0x200D] = "ZERO WIDTH JOINER",
        [0x200E] = "LEFT-TO-RIGHT MARK",
        [0x200F] = "RIGHT-TO-LEFT MARK",
        [0x2028] = "LINE SEPARATOR",
        [0x2029] = "PARAGRAPH SEPARATOR",
        [0x202A] = "LEFT-TO-RIGHT EMBEDDING",
        [0x202B] = "RIGHT-TO-LEFT EMBEDDING",
        [0x202C] = "POP DIRECTIONAL FORMATTING",
        [0x202D] = "LEFT-TO-RIGHT OVERRIDE",
        [0x202E] = "RIGHT-TO-LEFT OVERRIDE",
        [0x2060] = "WORD JOINER",
        [0x2066] = "LEFT-TO-RIGHT ISOLATE",
        [0x2067] = "RIGHT-TO-LEFT ISOLATE",
        [0x2068] = "FIRST STRONG ISOLATE",
        [0x2069] = "POP DIRECTIONAL ISOLATE",
        [0xFEFF] = "ZERO WIDTH NO-BREAK SPACE",
    };
}
