namespace Chronology.Extraction.Tests.Classification;

public class ClassificationTests
{
    private static EventCandidate Single(string text) => Assert.Single(TestGazetteer.Extract(text));

    [Theory]
    [InlineData("On 26 January 2015, the YPG liberated Kobanî from IS.", "liberation")]
    [InlineData("On 26 January 2015, IS captured Kobanî.", "capture")]
    [InlineData("On 26 January 2015, IS shelled Kobanî.", "attack")]
    [InlineData("On 26 January 2015, IS besieged Kobanî.", "siege")]
    [InlineData("On 26 January 2015, IS committed a massacre in Kobanî.", "massacre")]
    [InlineData("On 26 January 2015, IS beheaded a pilot in Raqqa.", "execution")]
    [InlineData("On 26 January 2015, the SDF was founded in Kobanî.", "formation")]
    [InlineData("On 26 January 2015, the SDF declared victory in Kobanî.", "declaration")]
    [InlineData("On 26 January 2015, groups pledged allegiance to IS.", "pledgeOfAllegiance")]
    [InlineData("On 26 January 2015, the SDF launched a campaign to liberate Manbij.", "campaign")]
    public void Type_ComesFromTheWording(string text, string type) => Assert.Equal(type, Single(text).Type);

    [Fact]
    public void Roles_FollowTheWording()
    {
        var c = Single("On 26 January 2015, the YPG, backed by the US-led Coalition, liberated Kobanî from IS.");
        Assert.Equal("initiator", c.Forces.Single(f => f.Id == 103).Role);
        Assert.Equal("supporter", c.Forces.Single(f => f.Id == 104).Role);
        Assert.Equal("target", c.Forces.Single(f => f.Id == 101).Role);
        Assert.Equal("YPG liberates Kobanî", c.Title);
        Assert.StartsWith("According to Test Source, ", c.Summary);
    }

    [Theory]
    [InlineData("On 25 June 2015, IS attacked Kobanî, killing 30 civilians.", 30)]
    [InlineData("On 25 June 2015, IS attacked Kobanî and 253 people were killed.", 253)]
    [InlineData("On 25 June 2015, IS attacked Kobanî, leaving more than 250 dead.", 250)]
    [InlineData("On 25 June 2015, IS attacked Kobanî, killing thirty fighters.", 30)]
    [InlineData("On 25 June 2015, IS attacked Kobanî; 40 people were wounded.", null)]
    [InlineData("On 25 June 2015, IS attacked Kobanî and dozens were killed.", null)]
    public void Fatalities_CountTheDeadOnly(string text, int? dead) => Assert.Equal(dead, Single(text).Fatalities);

    [Fact]
    public void Confidence_IsHigherForExplicitDatesAndKnownNames()
    {
        var strong = Single("On 26 January 2015, the YPG liberated Kobanî.");
        var all = TestGazetteer.Extract("On 26 January 2015, the YPG liberated Kobanî. Two days later, fighting went on.");
        Assert.InRange(strong.Confidence, 0, 1);
        Assert.True(strong.Confidence > all[1].Confidence);
        Assert.Contains(strong.Trace, t => t.StartsWith("date: day-month-year"));
        Assert.Contains(strong.Trace, t => t.StartsWith("type: liberation"));
    }
}
