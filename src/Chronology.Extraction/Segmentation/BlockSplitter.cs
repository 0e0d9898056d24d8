using System.Text.RegularExpressions;

namespace Chronology.Extraction.Segmentation;

/// <summary>
/// Splits text into paragraphs and headings. Blank lines end a paragraph; Markdown headings, list
/// items and images stand on their own line; a short unpunctuated one-line paragraph reads as a heading.
/// </summary>
public static partial class BlockSplitter
{
    private const int MaxHeadingWords = 15;

    [GeneratedRegex(@"^\s*(?:#{1,6}\s+|[-*+]\s+|\d{1,3}[.)]\s+)")]
    private static partial Regex MarkerPattern();

    public static List<TextBlock> Split(string text)
    {
        var blocks = new List<TextBlock>();
        TextBlock? open = null;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var newline = text.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? text.Length : newline;
            var line = text.AsSpan(lineStart, lineEnd - lineStart);
            var trimmed = line.Trim();
            var isPlain = trimmed.Length > 0 && !trimmed.StartsWith("![") && !MarkerPattern().IsMatch(line);
            if (open is not null && (!isPlain || open.IsHeading || open.ContentStart != open.Start))
            {
                blocks.Add(Close(text, open));
                open = null;
            }

            if (trimmed.Length > 0 && !trimmed.StartsWith("!["))
            {
                var end = lineStart + line.TrimEnd().Length;
                if (open is not null)
                {
                    open = open with { End = end };
                }
                else
                {
                    var marker = MarkerPattern().Match(text, lineStart, lineEnd - lineStart);
                    var contentStart = marker.Success ? lineStart + marker.Length : lineStart + (line.Length - line.TrimStart().Length);
                    var isHeading = marker.Success && marker.Value.TrimStart().StartsWith('#');
                    open = new TextBlock(lineStart + (line.Length - line.TrimStart().Length), end, contentStart, isHeading);
                }
            }

            if (newline < 0)
            {
                break;
            }

            lineStart = newline + 1;
        }

        if (open is not null)
        {
            blocks.Add(Close(text, open));
        }

        return blocks;
    }

    private static TextBlock Close(string text, TextBlock block)
    {
        if (block.IsHeading || block.ContentStart != block.Start)
        {
            return block;
        }

        var content = text.AsSpan(block.ContentStart, block.End - block.ContentStart);
        var oneLine = !content.Contains('\n');
        var last = content[^1];
        var unpunctuated = last is not ('.' or '!' or '?' or ':' or ';' or ',' or '"' or '”' or ')');
        var words = content.Count(' ') + 1;
        return oneLine && unpunctuated && words <= MaxHeadingWords ? block with { IsHeading = true } : block;
    }
}
