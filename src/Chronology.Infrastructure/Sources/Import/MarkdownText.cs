using System.Text.RegularExpressions;
using Chronology.Application.Sources;

namespace Chronology.Infrastructure.Sources.Import;

/// <summary>
/// Markdown as the text a reader sees: emphasis marks, link targets, images, heading marks and HTML
/// tags removed; paragraphs and list items kept on their lines. The first heading is the title.
/// </summary>
public static partial class MarkdownText
{
    public static ImportedDocument Read(string markdown)
    {
        var front = FrontMatter().Match(markdown);
        var body = front.Success ? markdown[front.Length..] : markdown;
        var title = front.Success ? FrontTitle().Match(front.Value) is { Success: true } t ? t.Groups[1].Value.Trim('"', '\'', ' ') : null : null;

        var text = Images().Replace(body, string.Empty);
        text = Links().Replace(text, "$1");
        text = Tags().Replace(text, string.Empty);
        text = Emphasis().Replace(text, "$2");
        text = CodeTicks().Replace(text, "$1");
        title ??= FirstHeading().Match(text) is { Success: true } h ? h.Groups[1].Value.Trim() : null;
        text = HeadingMarks().Replace(text, string.Empty);
        text = Rules().Replace(text, string.Empty);
        return new ImportedDocument(text, title, null, null, "markdown");
    }

    [GeneratedRegex(@"\A---\n[\s\S]*?\n---\n")]
    private static partial Regex FrontMatter();

    [GeneratedRegex(@"(?m)^title:\s*(.+)$")]
    private static partial Regex FrontTitle();

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")]
    private static partial Regex Images();

    [GeneratedRegex(@"\[([^\]]+)\]\([^)]*\)")]
    private static partial Regex Links();

    [GeneratedRegex(@"</?[A-Za-z][^>\n]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"`([^`\n]+)`")]
    private static partial Regex CodeTicks();

    [GeneratedRegex(@"(?m)^#{1,6}\s+(.+?)\s*#*$")]
    private static partial Regex FirstHeading();

    [GeneratedRegex(@"(?m)^#{1,6}\s+")]
    private static partial Regex HeadingMarks();

    [GeneratedRegex(@"(?m)^\s*([-*_]\s*){3,}$")]
    private static partial Regex Rules();
}
