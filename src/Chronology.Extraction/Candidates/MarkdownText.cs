using System.Text.RegularExpressions;

namespace Chronology.Extraction.Candidates;

/// <summary>Strips the Markdown emphasis and links a quote keeps but a title or summary should not show.</summary>
public static partial class MarkdownText
{
    [GeneratedRegex(@"\*{1,3}|_{2}|`")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"!?\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();

    public static string Plain(string text) => Spaces().Replace(Emphasis().Replace(Link().Replace(text, "$1"), ""), " ");
}
