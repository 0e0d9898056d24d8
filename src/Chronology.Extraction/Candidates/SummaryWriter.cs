namespace Chronology.Extraction.Candidates;

/// <summary>A one-sentence summary that attributes the claim to its source ("According to …, …").</summary>
public static class SummaryWriter
{
    private static readonly HashSet<string> LowerableOpeners = new(StringComparer.Ordinal)
    {
        "On", "In", "The", "By", "During", "After", "Before", "Between", "From", "At", "Later", "Then", "Two",
        "Three", "A", "An", "Within", "That", "This", "Over", "Following", "Meanwhile", "It", "Heavy", "Early",
        "Late", "Since", "Until", "As", "Some", "Several", "According", "Finally",
    };

    public static string Write(string sourceTitle, string sentence)
    {
        var plain = MarkdownText.Plain(sentence).Trim();
        var firstWord = plain.Split(' ', 2)[0];
        if (LowerableOpeners.Contains(firstWord))
        {
            plain = char.ToLowerInvariant(plain[0]) + plain[1..];
        }

        if (plain.Length > 0 && plain[^1] is not ('.' or '!' or '?'))
        {
            plain += ".";
        }

        var source = string.IsNullOrWhiteSpace(sourceTitle) ? "the source" : sourceTitle.Trim();
        return $"According to {source}, {plain}";
    }
}
