using System.Text.RegularExpressions;
using Chronology.Extraction.Dates;

namespace Chronology.Extraction.Segmentation;

/// <summary>Sentences that are speech or markup rather than narrative.</summary>
public static class Quotation
{
    /// <summary>Marks that open and close a quotation; a straight one does both.</summary>
    public static readonly IReadOnlyList<(char Open, char Close)> Marks = [('"', '"'), ('“', '”')];

    /// <summary>Marks of a cut in quoted text ("[...] The coalition will …").</summary>
    public static readonly IReadOnlyList<string> ElisionMarks = ["[...]", "[…]", "(...)", "..."];

    /// <summary>Words a line of dates may hold beside them (a caption's list of map dates) and still be a list.</summary>
    private const int DateListMaxWords = 1;

    /// <summary>True when the sentence opens a quotation it does not close (its quote marks are unbalanced).</summary>
    public static bool LeavesOpen(string sentence)
    {
        foreach (var (open, close) in Marks)
        {
            var opened = 0;
            foreach (var c in sentence)
            {
                if (open == close && c == open)
                {
                    opened ^= 1;
                }
                else if (c == open)
                {
                    opened++;
                }
                else if (c == close && opened > 0)
                {
                    opened--;
                }
            }

            if (opened > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// How many quote marks the sentence holds. Inside an open quotation, a sentence with none goes on with
    /// the speech and one with an odd count closes it; one with an even count stands on its own (the earlier
    /// quotation was left unclosed by mistake).
    /// </summary>
    public static int MarkCount(string sentence)
    {
        var count = 0;
        foreach (var c in sentence)
        {
            foreach (var (open, close) in Marks)
            {
                if (c == open || c == close)
                {
                    count++;
                    break;
                }
            }
        }

        return count;
    }

    /// <summary>True when the sentence starts with an elision mark: a fragment of quoted text.</summary>
    public static bool IsElided(string sentence)
    {
        var start = sentence.TrimStart('*', ' ', '"', '“');
        return ElisionMarks.Any(m => start.StartsWith(m, StringComparison.Ordinal));
    }

    /// <summary>Headings of the sections that list sources rather than tell the story.</summary>
    public static readonly IReadOnlyList<string> ReferenceSections =
        ["references", "notes", "citations", "sources", "bibliography", "further reading", "external links", "see also", "footnotes"];

    /// <summary>Words that mark a bibliography entry ("… Retrieved 5 July 2016", "Archived from the original"); a
    /// retrieval or access word counts only when capitalised and followed by a date, as citations write it.</summary>
    public static readonly IReadOnlyList<string> ReferenceMarks =
    [
        @"(?:Retrieved|Accessed)\s+(?:on\s+)?(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}|\d{4}-\d{2}-\d{2})",
        @"(?i:archived\s+from\s+the\s+original)", @"ISBN\s*[\d-]", @"\bdoi:\s*10\.",
    ];

    private static readonly Regex ReferenceMark = new(
        @"\b(?:" + string.Join('|', ReferenceMarks) + ")", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>True when a heading opens a section of sources ("## References", "See also").</summary>
    public static bool IsReferenceHeading(string heading) =>
        ReferenceSections.Contains(heading.Trim().TrimStart('#').Trim().TrimEnd(':').ToLowerInvariant());

    /// <summary>True when the sentence is a bibliography entry.</summary>
    public static bool IsReference(string sentence) => ReferenceMark.IsMatch(sentence);

    /// <summary>True when the sentence is little but dates: a caption's or map legend's list.</summary>
    public static bool IsDateList(string sentence, IReadOnlyList<ResolvedDate> dates)
    {
        if (dates.Count < 2)
        {
            return false;
        }

        var chars = sentence.ToCharArray();
        foreach (var date in dates)
        {
            Array.Fill(chars, ' ', date.Expression.Start, date.Expression.Length);
        }

        var words = new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetter));
        return words <= DateListMaxWords;
    }
}
