namespace Chronology.Extraction.Segmentation;

/// <summary>A sentence (or a heading's line) with its offsets, and whether it is a heading or in a list item.</summary>
public readonly record struct SentenceSpan(int Start, int End, bool InHeading, int Block, bool InListItem = false);

/// <summary>Splits a text into the paragraph, heading and sentence spans the result reports.</summary>
public static class Segmenter
{
    public static (List<TextSpan> Segments, List<SentenceSpan> Sentences) Segment(string text)
    {
        var segments = new List<TextSpan>();
        var sentences = new List<SentenceSpan>();
        var blocks = BlockSplitter.Split(text);
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            if (block.IsHeading)
            {
                segments.Add(new TextSpan("heading", block.ContentStart, block.End - block.ContentStart));
                sentences.Add(new SentenceSpan(block.ContentStart, block.End, InHeading: true, b));
                continue;
            }

            segments.Add(new TextSpan("paragraph", block.Start, block.End - block.Start));
            foreach (var (start, end) in SentenceSplitter.Split(text, block.ContentStart, block.End))
            {
                segments.Add(new TextSpan("sentence", start, end - start));
                sentences.Add(new SentenceSpan(start, end, InHeading: false, b, InListItem: block.ContentStart != block.Start));
            }
        }

        return (segments, sentences);
    }
}
