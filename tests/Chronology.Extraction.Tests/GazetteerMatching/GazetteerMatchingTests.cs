namespace Chronology.Extraction.Tests.GazetteerMatching;

public class GazetteerMatchingTests
{
    private static EventCandidate Single(string text) => Assert.Single(TestGazetteer.Extract(text));

    [Theory]
    [InlineData("Kobani")]
    [InlineData("KOBANÎ")]
    [InlineData("Kobanê")]
    [InlineData("ain al‐arab")]
    public void Names_MatchWithoutCaseOrDiacritics(string written)
    {
        var c = Single($"On 26 January 2015, the YPG liberated {written}.");
        Assert.Contains(c.Places, p => p.Id == 4);
    }

    [Fact]
    public void LongestName_Wins()
    {
        var c = Single("On 10 May 2017, the SDF liberated the Euphrates Dam.");
        Assert.Equal([7], c.Places.Select(p => p.Id));
    }

    [Fact]
    public void Abbreviations_MatchOnlyAsWritten()
    {
        var c = Single("On 3 June 2015, the town of Manbij is attacked by the YPG.");
        Assert.DoesNotContain(c.Forces, f => f.Id == 101);
        Assert.Contains(c.Forces, f => f.Id == 103);
        Assert.Contains(Single("On 3 June 2015, IS attacked Manbij.").Forces, f => f.Id == 101);
    }

    [Fact]
    public void Country_IsDropped_WhenAPlaceInsideItIsNamed()
    {
        var c = Single("On 3 June 2015, IS attacked Kobanî in northern Syria.");
        Assert.Equal([4], c.Places.Select(p => p.Id));
    }

    [Fact]
    public void UnknownPlace_IsUnresolved_WithSuggestions()
    {
        var c = Single("On 3 June 2015, IS attacked the town of Kobanie.");
        var unresolved = Assert.Single(c.Unresolved, u => u.Kind == "place");
        Assert.Equal("Kobanie", unresolved.Text);
        Assert.InRange(unresolved.Suggestions.Count, 1, 3);
        Assert.Equal(4, unresolved.Suggestions[0].Id);
    }

    [Fact]
    public void UnknownForce_IsUnresolved()
    {
        var c = Single("On 3 June 2015, the Popular Mobilization Forces attacked Manbij.");
        Assert.Contains(c.Unresolved, u => u.Kind == "force" && u.Text == "Popular Mobilization Forces");
    }
}
