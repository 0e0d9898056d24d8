namespace Chronology.Extraction.Language;

/// <summary>
/// A cheap language check: the share of very common English words among the first ~20 KB. English prose
/// runs at 30–45 %; French, German or Arabic text, and binary, stay far below the threshold.
/// </summary>
public static class EnglishDetector
{
    private const int SampleLength = 20_000;
    private const int MinimumWords = 3;
    private const double MinimumStopwordShare = 0.15;
    private const double MaximumControlShare = 0.05;

    private static readonly HashSet<string> Stopwords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "of", "and", "to", "in", "was", "is", "that", "for", "on", "with", "by", "as", "were", "from", "at",
        "it", "which", "his", "their", "had", "has", "have", "been", "after", "this", "are", "an", "be", "its",
        "a", "they", "he", "she", "who", "not", "but", "or", "into", "than", "also", "would", "will",
    };

    public static bool ReadsAsEnglish(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var sample = text.Length > SampleLength ? text[..SampleLength] : text;
        var control = sample.Count(c => (char.IsControl(c) && c is not ('\n' or '\r' or '\t')) || c == '\uFFFD');
        if (control > sample.Length * MaximumControlShare)
        {
            return false;
        }

        var words = 0;
        var stopwords = 0;
        foreach (var word in sample.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var bare = word.Trim('.', ',', ';', ':', '!', '?', '"', '\'', '(', ')', '*', '[', ']');
            if (bare.Length == 0 || !bare.All(char.IsLetter))
            {
                continue;
            }

            words++;
            stopwords += Stopwords.Contains(bare) ? 1 : 0;
        }

        return words >= MinimumWords && stopwords >= words * MinimumStopwordShare;
    }
}
