using Chronology.Extraction.Classification;

namespace Chronology.Extraction.Tests.Classification;

public class NonEventSentenceTests
{
    [Theory]
    [InlineData("At least 22 rebel fighters were killed in the clashes.")]
    [InlineData("The shelling left 9 soldiers and 4 civilians dead.")]
    [InlineData("In all, 31 militants were killed during the assaults on that day.")]
    [InlineData("These clashes resulted in the death of 18 insurgents.")]
    [InlineData("The militia lost 7 fighters and a truck in the fighting.")]
    [InlineData("Only 2,000 residents had managed to escape the town.")]
    public void CasualtyTally_IsNoEvent(string sentence) => Assert.True(NonEventSentences.IsTally(sentence));

    [Theory]
    [InlineData("A drone strike killed 12 militants near the bridge.")]
    [InlineData("Rebels seized the hill in fighting that killed 15 soldiers.")]
    [InlineData("Six militants were killed and three trucks destroyed by artillery.")]
    [InlineData("The local commander was killed in the battle.")]
    public void KillingWithAHappening_StaysAnEvent(string sentence) => Assert.False(NonEventSentences.IsTally(sentence));

    [Theory]
    [InlineData("The rebels were still in control of 35 percent of the town.")]
    [InlineData("The army controlled about 60% of the district.")]
    [InlineData("It was reported that pockets of militant resistance remained near the port.")]
    [InlineData("With the airport captured, the army controlled the southern approaches.")]
    public void Status_IsNoEvent(string sentence) => Assert.True(NonEventSentences.IsStatus(sentence));

    [Theory]
    [InlineData("The general claimed that his troops were in control of 80% of the town.")]
    [InlineData("The army advanced on the remaining militants in the old town.")]
    public void AnnouncedStatus_OrAdvance_StaysAnEvent(string sentence) => Assert.False(NonEventSentences.IsStatus(sentence));

    [Fact]
    public void DatedTally_GivesNoCandidate_ButTheDatedAttackDoes()
    {
        var found = TestGazetteer.Extract("On 4 May 2016, IS attacked Manbij from the south. At least 40 militants were killed in the clashes.");
        var c = Assert.Single(found);
        Assert.Contains("attacked", c.Quote);
    }

    [Theory]
    [InlineData("The rebels were close to capturing the northern district.")]
    [InlineData("The militia was reportedly planning to attack the airport, thus opening a second front.")]
    [InlineData("If the army took the bridge, the siege would end.")]
    [InlineData("Fighters dug trenches to prepare for a potential assault.")]
    public void PlannedOrPossibleHappening_IsNoEvent(string sentence) => Assert.True(NonEventSentences.IsIrrealis(sentence));

    [Theory]
    [InlineData("The ministry announced that it would send troops to the border.")]
    [InlineData("The army was close to the river when militants attacked the convoy.")]
    [InlineData("Rebels captured the hill, but could not hold the village.")]
    [InlineData("In May the army captured the town.")]
    public void StatedIntent_OrAHappeningBesideIt_StaysAnEvent(string sentence) => Assert.False(NonEventSentences.IsIrrealis(sentence));

    [Theory]
    [InlineData("By then the number of displaced families had risen to 4,000.")]
    [InlineData("Since the start of the siege, 12 civilians had been killed, while the number of refugees had reached 9,000.")]
    public void CountThatGrew_IsNoEvent(string sentence) => Assert.True(NonEventSentences.Applies(sentence));

    [Fact]
    public void UndatedSentence_WithAGeneralHappeningVerb_CarriesTheParagraphDate()
    {
        var found = TestGazetteer.Extract("On 2 April 2016, IS attacked Manbij. Later, 200 volunteers crossed the Euphrates to reinforce the town.");
        Assert.Equal(2, found.Count);
        Assert.Equal(new DateOnly(2016, 4, 2), found[1].Start);
        Assert.Equal("other", found[1].Type);
    }

    [Fact]
    public void MonthDatedSentence_WithAGeneralHappeningVerb_IsAnEvent()
    {
        var c = Assert.Single(TestGazetteer.Extract("In March 2019, a mass grave was discovered near al-Raqqa."));
        Assert.Equal(new DateOnly(2019, 3, 1), c.Start);
    }

    [Theory]
    [InlineData("Fighting was still going on near the old market.")]
    [InlineData("The assault was considered the largest of the war.")]
    [InlineData("During the siege, the defenders faced little resistance from the south.")]
    public void OngoingOrJudgedState_IsNoEvent(string sentence) => Assert.True(NonEventSentences.Applies(sentence));

    [Fact]
    public void DateYearsAwayFromTheDocumentsPeriod_IsNoEvent()
    {
        const string text = "On 2 April 2016, IS attacked Manbij. On 9 April 2016, the SDF recaptured Manbij. "
            + "On 15 April 2016, an official said the town shared the fate of cities bombed in 1943.";
        var found = TestGazetteer.Extract(text);
        Assert.DoesNotContain(found, c => c.Start.Year == 1943);
        Assert.Contains(found, c => c.Start == new DateOnly(2016, 4, 15));
    }
}
