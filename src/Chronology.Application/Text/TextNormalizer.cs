using System.Globalization;
using System.Text;

namespace Chronology.Application.Text;

/// <summary>
/// Folds names and search text into one comparable form: lower case, no diacritics, and every run of
/// punctuation or white space as a single space. "Şengal" and "sengal" fold alike, as do
/// "Ras al-Ayn" and "ras al ayn". Stored beside the original so both providers search it the same way.
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace && folded.Length > 0)
            {
                folded.Append(' ');
            }

            pendingSpace = false;
            folded.Append(FoldLetter(char.ToLowerInvariant(c)));
        }

        return folded.ToString();
    }

    // Letters whose base form is not reachable by stripping combining marks.
    private static char FoldLetter(char c) => c switch
    {
        'ı' => 'i',
        'ł' => 'l',
        'ø' => 'o',
        'đ' => 'd',
        _ => c,
    };
}
