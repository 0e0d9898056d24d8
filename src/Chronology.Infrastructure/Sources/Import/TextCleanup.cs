using System.Text;
using System.Text.RegularExpressions;

namespace Chronology.Infrastructure.Sources.Import;

/// <summary>The one shape every imported text takes: NFC, <c>\n</c> line ends, no trailing spaces, at most one blank line in a row.</summary>
public static partial class TextCleanup
{
    public static string Normalize(string text)
    {
        var unified = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Normalize(NormalizationForm.FormC);
        var trimmed = TrailingSpaces().Replace(unified, "\n");
        return BlankLines().Replace(trimmed, "\n\n").Trim('\n', ' ', '\t');
    }

    public static string CollapseSpaces(string text) => Spaces().Replace(text, " ");

    [GeneratedRegex(@"[ \t\u00A0]+\n")]
    private static partial Regex TrailingSpaces();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
