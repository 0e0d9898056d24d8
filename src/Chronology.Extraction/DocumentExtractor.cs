using Chronology.Extraction.Candidates;
using Chronology.Extraction.Dates;
using Chronology.Extraction.GazetteerMatching;
using Chronology.Extraction.Language;
using Chronology.Extraction.Segmentation;

namespace Chronology.Extraction;

/// <summary>Finds dated happenings in a text: the one entry point the service calls.</summary>
public static class DocumentExtractor
{
    /// <summary>
    /// True when the text reads as English, the only language the rules are written for.
    /// </summary>
    public static bool ReadsAsEnglish(string text) => EnglishDetector.ReadsAsEnglish(text);

    /// <summary>Extracts candidate events, ordered by their position in the text.</summary>
    /// <param name="sourceTitle">The source's title, used to attribute summaries ("According to …").</param>
    public static ExtractionResult Extract(string text, Gazetteer gazetteer, string sourceTitle, ExtractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(gazetteer);
        var (segments, sentences) = Segmenter.Segment(text);
        var index = new GazetteerIndex(gazetteer);
        var builder = new SentenceCandidateBuilder(index, new NameSuggester(gazetteer), sourceTitle ?? "");
        var resolver = new DateResolver(options?.PublishedOn);
        var candidates = new List<EventCandidate>();
        foreach (var span in sentences)
        {
            var sentence = text[span.Start..span.End];
            var dates = ResolveDates(sentence, resolver);
            if (dates.Count > 0 && !span.InHeading)
            {
                candidates.AddRange(builder.Build(sentence, span.Start, dates));
            }
        }

        return new ExtractionResult(segments, candidates);
    }

    private static List<ResolvedDate> ResolveDates(string sentence, DateResolver resolver)
    {
        var expressions = DateExpressionFinder.Find(sentence);
        // A duration before the sentence's first absolute date leads up to it ("after 134 days of
        // resistance … on 26 January 2015"): the explicit date wins and the duration is no event.
        var firstAbsolute = expressions.FindIndex(e => !e.IsRelative);
        var resolved = new List<ResolvedDate>(expressions.Count);
        for (var i = 0; i < expressions.Count; i++)
        {
            var e = expressions[i];
            if (e.IsRelative && i < firstAbsolute)
            {
                continue;
            }

            if (resolver.Resolve(e, sentence.Substring(e.Start, e.Length)) is { } date)
            {
                resolved.Add(date);
            }
        }

        return resolved;
    }
}
