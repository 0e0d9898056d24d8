namespace Chronology.Extraction.Tests.Dates;

public class SectionYearTests
{
    [Fact]
    public void YearlessDate_OpeningANewSection_ReturnsToTheDocumentsMainPeriod()
    {
        const string text = """
            On 3 August 2021, the SDF captured Manbij. On 9 August 2021, IS attacked Manbij again. On 20 September 2021, the SDF entered al-Raqqa.

            The town was rebuilt in early 2023 with help from donors.

            ## Reactions on the border

            On 11 August, IS shelled a village near the border of Kobanî.
            """;
        var shelling = TestGazetteer.Extract(text).Single(c => c.Quote.Contains("shelled"));
        Assert.Equal(new DateOnly(2021, 8, 11), shelling.Start);
    }

    [Fact]
    public void YearlessDate_InTheSameSection_GoesOnFromTheAnchor()
    {
        const string text = """
            On 3 August 2021, the SDF captured Manbij. On 9 August 2021, IS attacked Manbij again.

            The town was rebuilt in early 2023 with help from donors. On 11 August, IS shelled a village near Kobanî.
            """;
        var shelling = TestGazetteer.Extract(text).Single(c => c.Quote.Contains("shelled"));
        Assert.Equal(new DateOnly(2023, 8, 11), shelling.Start);
    }

    [Fact]
    public void SectionsFirstDate_SetsTheYear_ForTheDatesAfterIt_EvenWhenNotLeading()
    {
        const string text = """
            On 3 August 2021, the SDF captured Manbij. On 9 August 2021, IS attacked Manbij again. On 20 September 2021, the SDF entered al-Raqqa.

            The town was rebuilt in early 2023 with help from donors.

            ## Reactions

            The regional government of the north – In August, the council condemned the attack on Manbij. On 14 September, aid convoys crossed into Manbij.
            """;
        var convoys = TestGazetteer.Extract(text).Single(c => c.Quote.Contains("convoys"));
        Assert.Equal(new DateOnly(2021, 9, 14), convoys.Start);
    }

    [Fact]
    public void ListItems_AreThreadsOfTheirOwn()
    {
        const string text = """
            On 3 August 2021, the SDF captured Manbij. On 9 August 2021, IS attacked Manbij again. On 20 September 2021, the SDF entered al-Raqqa.

            The town was rebuilt in early 2023 with help from donors.

            * On 11 August, IS shelled a village near Kobanî.
            """;
        var shelling = TestGazetteer.Extract(text).Single(c => c.Quote.Contains("shelled"));
        Assert.Equal(new DateOnly(2021, 8, 11), shelling.Start);
    }
}

public class FlashbackTests
{
    [Fact]
    public void BackwardStepInARelativeClause_DatesTheRecalledHappening_AndTheSentenceKeepsTheNarrativeDate()
    {
        const string text = "On 14 March 2018, the SDF attacked Manbij from the north. "
            + "IS fighters then abandoned the bridge that they had seized two days earlier.";
        var abandoned = TestGazetteer.Extract(text).Where(c => c.Quote.Contains("abandoned")).Select(c => c.Start).ToList();
        Assert.Equal([new DateOnly(2018, 3, 14), new DateOnly(2018, 3, 12)], abandoned);
    }
}
