using Chronology.Extraction.Segmentation;

namespace Chronology.Extraction.Tests.Segmentation;

public class SegmentationTests
{
    private static List<string> Sentences(string text)
    {
        var (segments, _) = Segmenter.Segment(text);
        return segments.Where(s => s.Kind == "sentence").Select(s => text.Substring(s.Start, s.Length)).ToList();
    }

    [Fact]
    public void Abbreviations_InitialsAndDecimals_DoNotEndASentence()
    {
        var text = "On Jan. 5 the U.S. Army and Gen. J. Smith met Lt. Brown and Mr. Ali at No. 3 camp, 2.5 km away. Then they left.";
        var sentences = Sentences(text);
        Assert.Equal(2, sentences.Count);
        Assert.Equal("Then they left.", sentences[1]);
    }

    [Fact]
    public void Markdown_HeadingsParagraphsAndListItems_AreSeparate()
    {
        var text = "## Background\nThe **siege** began. It *lasted* long.\n\n- First item here.\n- Second item here.\n";
        var (segments, _) = Segmenter.Segment(text);
        Assert.Contains(segments, s => s.Kind == "heading" && text.Substring(s.Start, s.Length) == "Background");
        Assert.Equal(["The **siege** began.", "It *lasted* long.", "First item here.", "Second item here."], Sentences(text));
    }

    [Fact]
    public void ShortUnpunctuatedLine_IsAHeading()
    {
        var text = "IS also was defeated in Iraq\n\nIn April 1, 2015, the Iraqi forces regained control of Tikrit city.";
        var (segments, _) = Segmenter.Segment(text);
        Assert.Equal("heading", segments[0].Kind);
    }

    [Fact]
    public void Quotes_AreExactSubstrings()
    {
        var text = "## Timeline\n\nOn 7 June 2017, the **SDF** captured a fortress near Raqqa. On the same day, the SDF captured a district.";
        foreach (var c in TestGazetteer.Extract(text))
        {
            Assert.Equal(c.Quote, text.Substring(c.QuoteStart, c.Quote.Length));
        }
    }
}
