using Chronology.Application.Text;


namespace Chronology.UnitTests.Common;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("Kobanî", "kobani")]
    [InlineData("Şengal", "sengal")]
    [InlineData("Serê Kaniyê", "sere kaniye")]
    [InlineData("Ras al-Ayn", "ras al ayn")]
    [InlineData("  People's   Protection Units ", "people s protection units")]
    [InlineData("February 27-2015", "february 27 2015")]
    [InlineData("", "")]
    public void Normalize_FoldsCaseAccentsAndPunctuation(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input));

    [Fact]
    public void Normalize_MakesDifferentlyWrittenNamesEqual() =>
        Assert.Equal(TextNormalizer.Normalize("KOBANÎ"), TextNormalizer.Normalize("kobani"));
}
