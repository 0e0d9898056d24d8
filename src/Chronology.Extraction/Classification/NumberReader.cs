using Chronology.Extraction.Dates;

namespace Chronology.Extraction.Classification;

/// <summary>Reads a count written in digits ("1,200") or words ("thirty").</summary>
public static class NumberReader
{
    public static int? Read(string written)
    {
        var digits = written.Replace(",", "", StringComparison.Ordinal);
        if (int.TryParse(digits, out var n))
        {
            return n;
        }

        return DateVocabulary.NumberWords.TryGetValue(written, out var word) && word > 1 ? word : null;
    }
}
