using Chronology.Application.Events;

namespace Chronology.UnitTests.Common;

/// <summary>The date-span rules and the parsing of window bounds.</summary>
public sealed class DateRuleTests
{
    [Theory]
    [InlineData("2015-05-01", DatePrecision.Month, "2015-05-31")]
    [InlineData("2016-02-01", DatePrecision.Month, "2016-02-29")]
    [InlineData("2014-01-01", DatePrecision.Year, "2014-12-31")]
    [InlineData("2015-01-26", DatePrecision.Day, "2015-01-26")]
    public void EffectiveEnd_WithoutAnEndDate_IsTheEndOfThePrecisionPeriod(string start, DatePrecision precision, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), EventDates.EffectiveEnd(DateOnly.Parse(start), null, precision));

    [Fact]
    public void EffectiveEnd_WithAnEndDate_IsTheEndDate() =>
        Assert.Equal(new DateOnly(2015, 1, 26), EventDates.EffectiveEnd(new DateOnly(2014, 9, 15), new DateOnly(2015, 1, 26), DatePrecision.Day));

    [Theory]
    [InlineData("2015-05-01", DatePrecision.Month, true)]
    [InlineData("2015-05-02", DatePrecision.Month, false)]
    [InlineData("2015-01-01", DatePrecision.Year, true)]
    [InlineData("2015-02-01", DatePrecision.Year, false)]
    [InlineData("2015-02-17", DatePrecision.Day, true)]
    public void IsStartOfPeriod_ChecksMonthAndYearStarts(string start, DatePrecision precision, bool expected) =>
        Assert.Equal(expected, EventDates.IsStartOfPeriod(DateOnly.Parse(start), precision));

    [Theory]
    [InlineData("2015", "2015-01-01", "2015-12-31")]
    [InlineData("2015-02", "2015-02-01", "2015-02-28")]
    [InlineData("2016-02", "2016-02-01", "2016-02-29")]
    [InlineData("2015-02-27", "2015-02-27", "2015-02-27")]
    public void DateBound_ReadsYearMonthAndDay(string text, string start, string end)
    {
        Assert.True(DateBound.TryParseStart(text, out var from));
        Assert.True(DateBound.TryParseEnd(text, out var to));
        Assert.Equal(DateOnly.Parse(start), from);
        Assert.Equal(DateOnly.Parse(end), to);
    }

    [Theory]
    [InlineData("2015-02-30")]
    [InlineData("2015-13")]
    [InlineData("15")]
    [InlineData("0000")]
    [InlineData("2015/02/01")]
    [InlineData("yesterday")]
    [InlineData("")]
    public void DateBound_RefusesImpossibleOrOtherFormats(string text) =>
        Assert.False(DateBound.TryParseStart(text, out _));
}
