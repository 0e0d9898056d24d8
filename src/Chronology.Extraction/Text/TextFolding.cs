using System.Globalization;
using System.Text;

namespace Chronology.Extraction.Text;

/// <summary>Folds text for comparison: decomposed, marks dropped, lower case, dash and apostrophe variants unified.</summary>
public static class TextFolding
{
    /// <summary>Folds a whole string; the result may be shorter than the input (marks are dropped).</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            folded.Append(FoldChar(c));
        }

        return folded.ToString();
    }

    private static char FoldChar(char c) => c switch
    {
        // Dotless i and similar letters have no decomposition, so NFD alone leaves them apart.
        'ı' or 'İ' => 'i',
        'ł' or 'Ł' => 'l',
        'ø' or 'Ø' => 'o',
        '’' or '‘' or 'ʼ' or '`' or '´' or 'ʻ' or 'ʿ' or 'ʾ' => '\'',
        '‐' or '‑' or '‒' or '–' or '—' or '−' => '-',
        _ => char.ToLowerInvariant(c),
    };
}
