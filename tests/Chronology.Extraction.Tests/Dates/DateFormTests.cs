namespace Chronology.Extraction.Tests.Dates;

public class DateFormTests
{
    private static EventCandidate Single(string text, DateOnly? publishedOn = null) =>
        Assert.Single(TestGazetteer.Extract(text, publishedOn));

    [Theory]
    [InlineData("The SDF captured Manbij on January 26, 2015.", "January 26, 2015")]
    [InlineData("The SDF captured Manbij on 26 January 2015.", "26 January 2015")]
    [InlineData("January 26-2015, the liberation of Manbij.", "January 26-2015")]
    [InlineData("January 26- 2015, the liberation of Manbij.", "January 26- 2015")]
    public void ExplicitDates_ResolveToTheDay(string text, string dateText)
    {
        var c = Single(text);
        Assert.Equal(new DateOnly(2015, 1, 26), c.Start);
        Assert.Equal(DatePrecisionKind.Day, c.Precision);
        Assert.False(c.Approximate);
        Assert.Equal(dateText, c.DateText);
    }

    [Fact]
    public void MonthAndYear_StartOnTheFirst_WithMonthPrecision()
    {
        var c = Single("IS occupied Palmyra in May 2015.");
        Assert.Equal(new DateOnly(2015, 5, 1), c.Start);
        Assert.Equal(DatePrecisionKind.Month, c.Precision);
    }

    [Fact]
    public void YearAlone_AfterIn_IsYearPrecision()
    {
        var c = Single("The groups announced their loyalty to IS in 2016.");
        Assert.Equal(new DateOnly(2016, 1, 1), c.Start);
        Assert.Equal(DatePrecisionKind.Year, c.Precision);
    }

    [Fact]
    public void YearlessDate_TakesTheYearOfTheLastFullDate()
    {
        var all = TestGazetteer.Extract("On 3 June 2015, the SDF attacked Manbij. On 7 July, Raqqa was liberated.");
        Assert.Equal(new DateOnly(2015, 7, 7), all[1].Start);
        Assert.Contains(all[1].Trace, t => t.Contains("anchor 2015-06-03"));
    }

    [Fact]
    public void YearlessDate_UsesPublicationDateAsFirstAnchor()
    {
        var c = Single("On 19 February, the SDF captured Manbij.", new DateOnly(2016, 3, 1));
        Assert.Equal(new DateOnly(2016, 2, 19), c.Start);
    }

    [Fact]
    public void YearlessDate_RollsIntoNextYear_AcrossNewYear()
    {
        var all = TestGazetteer.Extract("On 30 December 2014, IS attacked Kobanî. On 2 January, the YPG recaptured Kobanî.");
        Assert.Equal(new DateOnly(2015, 1, 2), all[1].Start);
    }

    [Theory]
    [InlineData("On the same day, the YPG attacked Raqqa.", 2015, 6, 10)]
    [InlineData("The following day, the YPG attacked Raqqa.", 2015, 6, 11)]
    [InlineData("The next day, the YPG attacked Raqqa.", 2015, 6, 11)]
    [InlineData("The YPG liberated the town on the 19th of the same month.", 2015, 6, 19)]
    public void AnaphoricDates_ResolveAgainstThePreviousDate(string second, int y, int m, int d)
    {
        var all = TestGazetteer.Extract("On 10 June 2015, IS attacked Kobanî. " + second);
        Assert.Equal(new DateOnly(y, m, d), all[1].Start);
    }

    [Fact]
    public void LaterThatMonth_IsMonthPrecisionApproximate()
    {
        var all = TestGazetteer.Extract("On 10 June 2015, IS attacked Kobanî. Later that month, the YPG recaptured Kobanî.");
        Assert.Equal(new DateOnly(2015, 6, 1), all[1].Start);
        Assert.Equal(DatePrecisionKind.Month, all[1].Precision);
        Assert.True(all[1].Approximate);
    }

    [Fact]
    public void RelativeDates_StepFromTheAnchor()
    {
        var all = TestGazetteer.Extract(
            "On 17 October 2017, the SDF liberated Raqqa. Two days later, the SDF declared victory in Raqqa.");
        Assert.Equal(new DateOnly(2017, 10, 19), all[1].Start);
        Assert.False(all[1].Approximate);
    }

    [Fact]
    public void AfterMonths_IsApproximateMonth()
    {
        var all = TestGazetteer.Extract("IS occupied Palmyra in May 2015, but the regime restored it after 10 months.");
        Assert.Equal(new DateOnly(2016, 3, 1), all[1].Start);
        Assert.Equal(DatePrecisionKind.Month, all[1].Precision);
        Assert.True(all[1].Approximate);
    }

    [Fact]
    public void WithinDays_IsASpanFromTheAnchor()
    {
        var all = TestGazetteer.Extract("On December 23, 2015, the SDF attacked Manbij. Within 7 days, the SDF liberated the Euphrates Dam.");
        Assert.Equal(new DateOnly(2015, 12, 23), all[1].Start);
        Assert.Equal(new DateOnly(2015, 12, 30), all[1].End);
        Assert.True(all[1].Approximate);
    }

    [Theory]
    [InlineData("In early November 2017, the Iraqi army captured Raqqa.", 2017, 11, DatePrecisionKind.Month)]
    [InlineData("In mid-2016, the SDF attacked Manbij.", 2016, 1, DatePrecisionKind.Year)]
    [InlineData("In late 2015, the SDF attacked Manbij.", 2015, 1, DatePrecisionKind.Year)]
    [InlineData("At the beginning of 2018, the SDF attacked Manbij.", 2018, 1, DatePrecisionKind.Year)]
    public void VagueDates_TakeThePeriodStart_Approximate(string text, int y, int m, DatePrecisionKind precision)
    {
        var c = Single(text);
        Assert.Equal(new DateOnly(y, m, 1), c.Start);
        Assert.Equal(precision, c.Precision);
        Assert.True(c.Approximate);
    }

    [Fact]
    public void TheEndOfMay_TakesTheYearFromTheAnchor()
    {
        var all = TestGazetteer.Extract("On 3 March 2016, IS attacked Kobanî. At the end of May, the YPG recaptured Kobanî.");
        Assert.Equal(new DateOnly(2016, 5, 1), all[1].Start);
        Assert.True(all[1].Approximate);
    }

    [Theory]
    [InlineData("The SDF attacked Raqqa from 31 May – 10 July 2015.", 2015, 5, 31, 2015, 7, 10)]
    [InlineData("On June 24 and 25, 2015, IS attacked Kobanî.", 2015, 6, 24, 2015, 6, 25)]
    [InlineData("The SDF attacked Raqqa from 5 June until 10 July 2016.", 2016, 6, 5, 2016, 7, 10)]
    [InlineData("Between 15 and 18 July 2017, the SDF attacked Raqqa.", 2017, 7, 15, 2017, 7, 18)]
    public void RangesAndLists_HaveStartAndEnd(string text, int y1, int m1, int d1, int y2, int m2, int d2)
    {
        var c = Single(text);
        Assert.Equal(new DateOnly(y1, m1, d1), c.Start);
        Assert.Equal(new DateOnly(y2, m2, d2), c.End);
    }

    [Fact]
    public void DurationLeadingToADate_IsNoEventOfItsOwn()
    {
        var c = Single("After 134 days of resistance, the YPG liberated Kobanî from IS on January 26, 2015.");
        Assert.Equal(new DateOnly(2015, 1, 26), c.Start);
    }

    [Theory]
    [InlineData("Retrieved 5 May 2016.")]
    [InlineData("The YPG has held Kobanî since 2011.")]
    [InlineData("The 2014 offensive was long.")]
    [InlineData("Archived from the original on 3 March 2016.")]
    public void DescriptorsAndCitations_AreNotEvents(string text) =>
        Assert.Empty(TestGazetteer.Extract(text));

    [Fact]
    public void DistinctDatedHappenings_InOneSentence_YieldOnePerDate()
    {
        var all = TestGazetteer.Extract("Manbij was captured on 3 May 2016 and Raqqa was captured on 9 May.");
        Assert.Equal([new DateOnly(2016, 5, 3), new DateOnly(2016, 5, 9)], all.Select(c => c.Start));
    }
}
