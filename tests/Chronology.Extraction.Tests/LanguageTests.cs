namespace Chronology.Extraction.Tests;

public class LanguageTests
{
    [Fact]
    public void English_ReadsAsEnglish() =>
        Assert.True(DocumentExtractor.ReadsAsEnglish("The siege of the city was launched by the group on 13 September 2014, and it was a turning point in the war."));

    [Theory]
    [InlineData("Le siège de la ville a été lancé par le groupe le 13 septembre 2014, et ce fut un tournant de la guerre.")]
    [InlineData("Die Belagerung der Stadt wurde am 13. September 2014 von der Gruppe begonnen und war ein Wendepunkt des Krieges.")]
    [InlineData("بدأ حصار المدينة في 13 سبتمبر 2014 وكان نقطة تحول في الحرب")]
    [InlineData("\u0001\u0002\u0003\u0004PK\u0003\u0004\u0000\u0000\u0000binary")]
    [InlineData("")]
    public void OtherLanguagesAndBinary_DoNot(string text) => Assert.False(DocumentExtractor.ReadsAsEnglish(text));
}
