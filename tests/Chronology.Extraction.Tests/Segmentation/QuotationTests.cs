namespace Chronology.Extraction.Tests.Segmentation;

public class QuotationTests
{
    [Fact]
    public void SentencesInsideAQuotation_AreNoEvents_ButTheOpeningOneIs()
    {
        const string text = "On 3 March 2019, the governor said: \"The army liberated Manbij today. "
            + "The militants attacked the bridge twice and failed. We will rebuild the town.\"";
        var c = Assert.Single(TestGazetteer.Extract(text));
        Assert.StartsWith("On 3 March 2019", c.Quote);
    }

    [Fact]
    public void UnclosedQuotation_DoesNotSwallowALaterQuotedSentence()
    {
        const string text = "On 3 March 2019, officials said their aim was \"to hold the town. "
            + "However, on 9 March 2019, the SDF captured Manbij, \"a decisive step\" according to its commander.";
        var found = TestGazetteer.Extract(text);
        Assert.Contains(found, c => c.Start == new DateOnly(2019, 3, 9));
    }

    [Fact]
    public void ElidedQuotationFragment_IsNoEvent()
    {
        var found = TestGazetteer.Extract("[...] On 5 May 2018 the coalition bombed the city of Manbij without pause.");
        Assert.Empty(found);
    }

    [Fact]
    public void CaptionListOfDates_IsNoEvent_AndMarkupEndsTheSentence()
    {
        const string text = "[[File:Front.svg|thumb|Front lines in 2016:\n\n2 May 17 June 30 June ]]On 4 July 2016, IS attacked Manbij.";
        var c = Assert.Single(TestGazetteer.Extract(text));
        Assert.Equal(new DateOnly(2016, 7, 4), c.Start);
        Assert.StartsWith("On 4 July", c.Quote);
    }
}

public class ReferenceTests
{
    [Fact]
    public void ReferencesSection_AndBibliographyLines_GiveNoEvents()
    {
        const string text = "On 4 July 2016, IS attacked Manbij.\n\n"
            + "* Smith, Anna (5 July 2016). \"IS attacks Manbij\". The Daily. Retrieved 6 July 2016.\n\n"
            + "## References\n\n"
            + "1. \"SDF captures Manbij\", 12 August 2016.\n";
        var c = Assert.Single(TestGazetteer.Extract(text));
        Assert.Equal(new DateOnly(2016, 7, 4), c.Start);
    }

    [Fact]
    public void RetrievedInNarrative_IsNoReference()
    {
        var c = Assert.Single(TestGazetteer.Extract("On 4 July 2016, soldiers retrieved 30 bodies after IS attacked Manbij."));
        Assert.Equal(new DateOnly(2016, 7, 4), c.Start);
    }
}
