namespace Chronology.ExtractionEval.Evaluation;

/// <summary>Finds every place a gold quote occurs in its document (exact, ordinal).</summary>
public static class QuoteLocator
{
    public static List<(int Start, int End)> Locate(string text, string quote)
    {
        var found = new List<(int, int)>();
        if (string.IsNullOrEmpty(quote))
        {
            return found;
        }

        for (var at = text.IndexOf(quote, StringComparison.Ordinal); at >= 0; at = text.IndexOf(quote, at + 1, StringComparison.Ordinal))
        {
            found.Add((at, at + quote.Length));
        }

        return found;
    }
}
