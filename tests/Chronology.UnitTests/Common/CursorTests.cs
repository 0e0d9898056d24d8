using Chronology.Application.Listing;
using FluentValidation;

namespace Chronology.UnitTests.Common;

public sealed class CursorTests
{
    [Fact]
    public void Decode_OfAnEncodedCursor_ReturnsItsParts()
    {
        var cursor = Cursor.Encode("events|date", "2015-01-26", "42");

        Assert.Equal(["2015-01-26", "42"], Cursor.Decode(cursor, "events|date", 2));
    }

    [Fact]
    public void Decode_WithAnotherScope_IsRefused()
    {
        var cursor = Cursor.Encode("events|date", "2015-01-26", "42");

        var error = Assert.Throws<ValidationException>(() => Cursor.Decode(cursor, "events|-date", 2));
        Assert.Equal("cursor", Assert.Single(error.Errors).PropertyName);
    }

    [Fact]
    public void Decode_OfAnEditedCursor_IsRefused()
    {
        var cursor = Cursor.Encode("events", "2015-01-26", "42");
        var chars = cursor.ToCharArray();
        chars[3] = chars[3] == 'A' ? 'B' : 'A';

        Assert.Throws<ValidationException>(() => Cursor.Decode(new string(chars), "events", 2));
    }

    [Theory]
    [InlineData("not-a-cursor")]
    [InlineData("%%%")]
    [InlineData("")]
    public void Decode_OfGarbage_IsRefused(string cursor) =>
        Assert.Throws<ValidationException>(() => Cursor.Decode(cursor, "events", 2));
}
