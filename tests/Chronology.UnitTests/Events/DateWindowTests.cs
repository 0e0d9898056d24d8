using Chronology.Application.Events;

namespace Chronology.UnitTests.Events;

/// <summary>The date-window rule, run in memory: the same expression the database receives.</summary>
public sealed class DateWindowTests
{
    private static readonly DateOnly Feb1 = new(2015, 2, 1);
    private static readonly DateOnly Feb28 = new(2015, 2, 28);

    [Theory]
    [InlineData("2015-01-31", null, DatePrecision.Day, false)] // the day before the window
    [InlineData("2015-02-01", null, DatePrecision.Day, true)] // its first day
    [InlineData("2015-02-28", null, DatePrecision.Day, true)] // its last day
    [InlineData("2015-03-01", null, DatePrecision.Day, false)] // the day after
    [InlineData("2015-01-01", null, DatePrecision.Month, false)] // January, all of it: ends before
    [InlineData("2015-01-01", null, DatePrecision.Year, true)] // 2015, all of it: covers February
    [InlineData("2014-09-13", "2015-02-01", DatePrecision.Day, true)] // a span ending on the first day
    [InlineData("2014-09-13", "2015-01-31", DatePrecision.Day, false)] // a span ending the day before
    public void Overlapping_MatchesEventsWhoseSpanTouchesTheWindow(string start, string? end, DatePrecision precision, bool matches)
    {
        var e = Event(start, end, precision);

        var overlapping = new DateWindow(Feb1, Feb28).Overlapping(longestSpanDays: 400).Compile();

        Assert.Equal(matches, overlapping(e));
    }

    [Fact]
    public void Overlapping_WithAShorterLongestSpan_LeavesOutWhatStartsBeforeThatBound()
    {
        // The bound is only sound with the true longest span: given 30 days, a 140-day span is not looked for.
        var longSpan = Event("2014-09-13", "2015-02-01", DatePrecision.Day);

        Assert.True(new DateWindow(Feb1, null).Overlapping(200).Compile()(longSpan));
        Assert.False(new DateWindow(Feb1, null).Overlapping(30).Compile()(longSpan));
    }

    [Fact]
    public void OpenEnds_BoundOnlyOneSide()
    {
        var early = Event("1990-01-01", null, DatePrecision.Day);
        var late = Event("2030-01-01", null, DatePrecision.Day);

        Assert.True(new DateWindow(null, Feb28).Overlapping(0).Compile()(early));
        Assert.False(new DateWindow(null, Feb28).Overlapping(0).Compile()(late));
        Assert.False(new DateWindow(Feb1, null).Overlapping(0).Compile()(early));
        Assert.True(new DateWindow(Feb1, null).Overlapping(0).Compile()(late));
        Assert.True(DateWindow.Unbounded.IsUnbounded);
    }

    [Fact]
    public void EarliestStart_StopsAtTheFirstDayThereIs()
    {
        Assert.Equal(new DateOnly(2014, 1, 1), new DateWindow(new DateOnly(2015, 1, 1), null).EarliestStart(365));
        Assert.Equal(DateOnly.MinValue, new DateWindow(new DateOnly(1, 1, 5), null).EarliestStart(10));
        Assert.Equal(DateOnly.MinValue, new DateWindow(null, Feb28).EarliestStart(10));
    }

    private static Event Event(string start, string? end, DatePrecision precision)
    {
        var e = new Event { Title = "t", Summary = "s" };
        e.SetDates(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
            end is null ? null : DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), precision);
        return e;
    }
}
