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
        var texts = sentences.Select(s => text[s.Start..s.End]).ToList();
        var found = texts.Select(DateExpressionFinder.Find).ToList();
        var middle = DocumentPeriod.Middle(found);
        var resolver = new DateResolver(options?.PublishedOn) { DocumentMiddle = middle };
        var candidates = new List<EventCandidate>();
        ResolvedDate? paragraphDate = null;
        var paragraphDateBlock = -1;
        var quoteBlock = -1;
        var quoteOpen = false;
        var inReferences = false;
        var referenceBlocks = Enumerable.Range(0, sentences.Count).Where(i => Quotation.IsReference(texts[i])).Select(i => sentences[i].Block).ToHashSet();
        for (var i = 0; i < sentences.Count; i++)
        {
            var span = sentences[i];
            var sentence = texts[i];
            if (span.InHeading)
            {
                inReferences = Quotation.IsReferenceHeading(sentence);
            }
            else if (span.InListItem && (i == 0 || sentences[i - 1].Block != span.Block))
            {
                // Items of a list (reactions by country, say) are threads of their own, like sections.
                resolver.StartSection();
            }

            // Sources are no narrative: a references section, a bibliography entry.
            if (inReferences || referenceBlocks.Contains(span.Block))
            {
                continue;
            }

            var dates = ResolveDates(sentence, found[i], resolver);
            // A sentence that starts inside a quotation continues someone's speech: the speech is reported by
            // the sentence that opens it, the rest is no event of its own.
            var marks = Quotation.MarkCount(sentence);
            var continuesSpeech = quoteBlock == span.Block && quoteOpen && (marks == 0 || marks % 2 == 1);
            quoteOpen = (continuesSpeech ? marks % 2 == 0 : Quotation.LeavesOpen(sentence)) && !span.InHeading;
            quoteBlock = span.Block;
            if (continuesSpeech || Quotation.IsElided(sentence) || Quotation.IsDateList(sentence, dates))
            {
                UpdateParagraphDate(span, dates, ref paragraphDate, ref paragraphDateBlock);
                continue;
            }

            if (span.InHeading)
            {
                if (dates.Count == 0)
                {
                    resolver.StartSection();
                }

                continue;
            }

            if (dates.Count > 0)
            {
                // A date years away from the document's period is history or comparison ("the fate of Dresden
                // in 1945"), not a happening of the narrative.
                var inPeriod = dates.Where(d => !DocumentPeriod.IsFarFrom(d, middle)).ToList();
                if (inPeriod.Count > 0)
                {
                    // "ISIL attacked the plant that the SDF had captured three days earlier": the step back dates
                    // the recalled capture; the attack itself goes on at the paragraph's date.
                    if (IsFlashback(sentence, inPeriod[0]) && paragraphDate is not null && paragraphDateBlock == span.Block
                        && paragraphDate.Start != inPeriod[0].Start)
                    {
                        candidates.AddRange(builder.BuildCarried(sentence, span.Start, paragraphDate));
                    }

                    candidates.AddRange(builder.Build(sentence, span.Start, inPeriod));
                }

                UpdateParagraphDate(span, dates, ref paragraphDate, ref paragraphDateBlock);
            }
            else if (paragraphDate is not null && paragraphDateBlock == span.Block)
            {
                // Running narrative: an undated sentence goes on with the date its paragraph last gave.
                candidates.AddRange(builder.BuildCarried(sentence, span.Start, paragraphDate));
            }
        }

        return new ExtractionResult(segments, candidates);
    }

    private static void UpdateParagraphDate(SentenceSpan span, List<ResolvedDate> dates, ref ResolvedDate? paragraphDate, ref int paragraphDateBlock)
    {
        if (dates.Count == 0)
        {
            return;
        }

        var latest = Latest(dates);
        paragraphDate = paragraphDateBlock == span.Block && paragraphDate is not null && Narrative(paragraphDate) >= Narrative(latest) ? paragraphDate : latest;
        paragraphDateBlock = span.Block;
    }

    private static bool IsFlashback(string sentence, ResolvedDate date) =>
        date.Expression.Step is { Amount: < 0 } && date.Expression.Start > 0
        && DatePatterns.FlashbackClause.IsMatch(sentence.AsSpan(0, date.Expression.Start));

    // The narrative moves forward: an undated sentence goes on from the latest day its paragraph has
    // reached ("In the night of 3–4 July … The SDF advanced" → 4 July), not from a flashback.
    private static ResolvedDate Latest(List<ResolvedDate> dates) => dates.MaxBy(Narrative)!;

    private static DateOnly Narrative(ResolvedDate date) => date.End ?? date.Start;

    private static List<ResolvedDate> ResolveDates(string sentence, List<DateExpression> expressions, DateResolver resolver)
    {
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

        resolver.SettleSentence(resolved);
        return resolved;
    }
}
