using System.Text;
using Chronology.Application.Text;

namespace Chronology.UnitTests.Common;

public sealed class TextInputTests
{
    [Theory]
    [InlineData("Kobani\u0302", "Koban\u00EE")]
    [InlineData("S\u0327engal", "\u015Eengal")]
    [InlineData("Koban\u00EE", "Koban\u00EE")]
    public void Nfc_ComposesDecomposedText(string input, string expected) => Assert.Equal(expected, TextInput.Nfc(input));

    [Fact]
    public void Nfc_LeavesALoneSurrogateAsItIs() => Assert.Equal("a\uD800b", TextInput.Nfc("a\uD800b"));

    [Theory]
    [InlineData("Kob\u200Ban\u00EE", 0x200B, 3)]
    [InlineData("\u202ESDF", 0x202E, 0)]
    [InlineData("SDF\u2069", 0x2069, 3)]
    [InlineData("\uD83D\uDE00x\t", 0x9, 3)]
    [InlineData("flag \uDB40\uDC01", 0xE0001, 5)]
    [InlineData("Kobani\u200C", 0x200C, 6)]
    [InlineData("Kob\u200Cani", 0x200C, 3)]
    public void FindInvisible_FindsTheCharacterAndItsIndex(string text, int character, int index) =>
        Assert.Equal((new Rune(character), index), TextInput.FindInvisible(text));

    [Theory]
    [InlineData("Kobanî")]
    [InlineData("\u062E\u0631\u0645\u200C\u0622\u0628\u0627\u062F")]
    [InlineData("\u0633\u0644\u06CE\u200D\u0645\u0627\u0646\u06CC")]
    [InlineData("Şengal (Sinjar)")]
    [InlineData("a\u00A0b")]
    public void FindInvisible_AcceptsVisibleTextAndJoinersInsideArabicScript(string text) => Assert.Null(TextInput.FindInvisible(text));

    [Theory]
    [InlineData(0x200B, "U+200B ZERO WIDTH SPACE")]
    [InlineData(0x202E, "U+202E RIGHT-TO-LEFT OVERRIDE")]
    [InlineData(0x0001, "U+0001 (an invisible control character)")]
    [InlineData(0xE0001, "U+E0001 (an invisible format character)")]
    public void Describe_NamesTheCodePoint(int character, string expected) => Assert.Equal(expected, TextInput.Describe(new Rune(character)));
}
