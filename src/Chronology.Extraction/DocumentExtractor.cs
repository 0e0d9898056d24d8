namespace Chronology.Extraction;

/// <summary>Finds dated happenings in a text: the one entry point the service calls.</summary>
public static class DocumentExtractor
{
    /// <summary>
    /// True when the text reads as English, the only language the rules are written for.
    /// </summary>
    public static bool ReadsAsEnglish(string text) => throw new NotImplementedException("being built");

    /// <summary>Extracts candidate events, ordered by their position in the text.</summary>
    /// <param name="sourceTitle">The source's title, used to attribute summaries ("According to …").</param>
    public static ExtractionResult Extract(string text, Gazetteer gazetteer, string sourceTitle, ExtractionOptions? options = null) =>
        throw new NotImplementedException("being built");
}
