using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Chronology.IntegrationTests.Fuzz;

/// <summary>How the write contract judges one member's value: text, names, dates, addresses, language tags and numbers.</summary>
public static partial class MemberRules
{
    /// <summary>
    /// A name, alias, title, abbreviation or publisher: at most <paramref name="max"/> characters in form C (text is
    /// stored composed), no invisible, control or direction-control character (README), no NUL.
    /// </summary>
    public static Verdict Name(string text, int max, bool nonBlank, bool needsLetterOrDigit)
    {
        if (nonBlank && string.IsNullOrWhiteSpace(text) || text.Contains('\0') || TooLong(text, max) is Verdict.Invalid)
        {
            return Verdict.Invalid;
        }

        if (HasLoneSurrogate(text))
        {
            return Verdict.Unknown; // not text: what it becomes is not the contract's to say
        }

        var runes = text.EnumerateRunes().ToList();
        for (var i = 0; i < runes.Count; i++)
        {
            if (Rune.GetUnicodeCategory(runes[i]) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                && !(runes[i].Value is 0x200C or 0x200D && i > 0 && i + 1 < runes.Count && IsArabicLetter(runes[i - 1]) && IsArabicLetter(runes[i + 1])))
            {
                return Verdict.Invalid; // the one exception: a joiner or non-joiner between two Arabic-script letters
            }
        }

        if (needsLetterOrDigit)
        {
            // A place's or force's name is looked up folded (README: case, accents, punctuation); folded, it has a
            // letter or digit, and it fits the same limit, though a Hangul syllable decomposes into two or three letters.
            var folded = FoldedLength(text);
            if (folded == 0 || folded > max)
            {
                return Verdict.Invalid;
            }
        }

        return TooLong(text, max);
    }

    /// <summary>Long text (summary, notes, dateText, quote, a source's text): any character but NUL, up to the limit.</summary>
    public static Verdict LongText(string text, int max, bool nonBlank) =>
        nonBlank && string.IsNullOrWhiteSpace(text) || text.Contains('\0') || TooLong(text, max) is Verdict.Invalid ? Verdict.Invalid
        : HasLoneSurrogate(text) ? Verdict.Unknown
        : TooLong(text, max);

    /// <summary>"An absolute http or https address" (the OpenAPI description of a source's url).</summary>
    public static Verdict Url(string text, int max) =>
        text.Contains('\0') || TooLong(text, max) is Verdict.Invalid || !HttpPrefix().IsMatch(text) ? Verdict.Invalid
        : PlainHttpUrl().IsMatch(text) ? TooLong(text, max)
        : Verdict.Unknown;

    /// <summary>A BCP 47 language tag such as en, ar or ku-Latn: letters and digits in subtags of 1–8, the first 2–8 letters.</summary>
    public static Verdict Language(string text, int max) =>
        text.Length > max ? Verdict.Invalid
        : LanguageTag().IsMatch(text) ? Verdict.Valid
        : PrivateOrGrandfathered().IsMatch(text) ? Verdict.Unknown // x-… and i-… tags: BCP 47 has them, the docs do not say
        : Verdict.Invalid;

    /// <summary>A date "YYYY-MM-DD" that exists on the calendar (year 1 to 9999).</summary>
    public static bool IsDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    /// <summary>
    /// A whole number of at least <paramref name="minimum"/>. The service reads JSON with the web defaults, so a
    /// number written as a string of digits ("12") is read as that number; other strings are not numbers.
    /// </summary>
    public static Verdict Integer(JsonNode value, int minimum)
    {
        var kind = value.GetValueKind();
        var text = kind switch
        {
            JsonValueKind.Number => value.ToJsonString(),
            JsonValueKind.String => value.GetValue<string>(),
            _ => null,
        };

        if (text is null)
        {
            return Verdict.Invalid;
        }

        if (!Digits().IsMatch(text))
        {
            // "+1", " 1" or "-0" in a string may or may not be read; a decimal, an exponent or a word never is a whole number.
            return kind == JsonValueKind.String && text.Any(char.IsAsciiDigit) && !text.Any(c => c is '.' or 'e' or 'E' or ',') ? Verdict.Unknown : Verdict.Invalid;
        }

        return !int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? Verdict.Invalid
            : number >= minimum ? Verdict.Valid
            : Verdict.Invalid;
    }

    /// <summary>A coordinate between -<paramref name="limit"/> and <paramref name="limit"/> degrees.</summary>
    public static Verdict Number(JsonNode value, double limit)
    {
        var kind = value.GetValueKind();
        if (kind == JsonValueKind.Number)
        {
            var number = double.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : double.NaN;
            return double.IsFinite(number) && Math.Abs(number) <= limit ? Verdict.Valid : Verdict.Invalid;
        }

        if (kind != JsonValueKind.String)
        {
            return Verdict.Invalid;
        }

        var text = value.GetValue<string>();
        return Decimal().IsMatch(text) ? (Math.Abs(double.Parse(text, CultureInfo.InvariantCulture)) <= limit ? Verdict.Valid : Verdict.Invalid)
            : text.Any(char.IsAsciiDigit) ? Verdict.Unknown
            : Verdict.Invalid;
    }

    // The limit counts characters of the stored (composed) text; where composing changes the length, the raw length may be over.
    private static Verdict TooLong(string text, int max)
    {
        var composed = Compose(text);
        return composed.Length > max ? Verdict.Invalid : text.Length > max ? Verdict.Unknown : Verdict.Valid;
    }

    private static string Compose(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return text; // a lone surrogate
        }
    }

    // Folded as look-ups fold names: decomposed, accents dropped, letters and digits kept, every run of anything else one space between them.
    private static int FoldedLength(string text)
    {
        var length = 0;
        var gap = false;
        foreach (var c in Compose(text).Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                gap = true;
                continue;
            }

            length += gap && length > 0 ? 2 : 1;
            gap = false;
        }

        return length;
    }

    private static bool IsArabicLetter(Rune rune) =>
        Rune.IsLetter(rune) && rune.Value is >= 0x0600 and <= 0x06FF or >= 0x0750 and <= 0x077F or >= 0x08A0 and <= 0x08FF or >= 0xFB50 and <= 0xFDFF or >= 0xFE70 and <= 0xFEFF;

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex("^-?[0-9]+$")]
    private static partial Regex Digits();

    [GeneratedRegex("^-?[0-9]+(\\.[0-9]+)?$")]
    private static partial Regex Decimal();

    [GeneratedRegex("^https?://", RegexOptions.IgnoreCase)]
    private static partial Regex HttpPrefix();

    [GeneratedRegex("^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~/%-]*)?$")]
    private static partial Regex PlainHttpUrl();

    [GeneratedRegex("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex LanguageTag();

    [GeneratedRegex("^[A-Za-z](-[A-Za-z0-9]{1,8})+$")]
    private static partial Regex PrivateOrGrandfathered();
}
