using System.Globalization;
using Chronology.Application.Events;
using Chronology.DataGenerator.Common;

namespace Chronology.DataGenerator.Events;

/// <summary>The dates of one generated event, as stored and as the source wrote them.</summary>
public sealed record GeneratedDates(DateOnly Start, DateOnly? End, DatePrecision Precision, bool Approximate, string DateText);

/// <summary>
/// Dates between 1990 and 2025, clustered in waves of fighting around a background of scattered
/// events; mostly to the day, some to the month or year, some spans (campaigns and sieges above all).
/// </summary>
public sealed class EventDateMaker(Random random)
{
    public static readonly DateOnly First = new(1990, 1, 1);
    public static readonly DateOnly Last = new(2025, 12, 31);

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private static readonly WeightedPicker<(DateOnly Centre, double SpreadDays)> Waves = new(
    [
        ((new DateOnly(1991, 3, 1), 60), 2), ((new DateOnly(1996, 8, 15), 90), 1), ((new DateOnly(2003, 4, 1), 120), 3),
        ((new DateOnly(2006, 7, 1), 150), 2), ((new DateOnly(2011, 9, 1), 200), 4), ((new DateOnly(2013, 3, 1), 200), 6),
        ((new DateOnly(2014, 8, 1), 150), 9), ((new DateOnly(2015, 6, 1), 180), 9), ((new DateOnly(2016, 10, 1), 200), 8),
        ((new DateOnly(2017, 7, 1), 150), 8), ((new DateOnly(2019, 3, 1), 120), 4), ((new DateOnly(2023, 10, 15), 90), 2),
    ]);

    public GeneratedDates Next(EventType type)
    {
        var start = NextDay();
        var roll = random.Next(100);
        var precision = roll < 80 ? DatePrecision.Day : roll < 93 ? DatePrecision.Month : DatePrecision.Year;
        start = precision switch
        {
            DatePrecision.Year => new DateOnly(start.Year, 1, 1),
            DatePrecision.Month => new DateOnly(start.Year, start.Month, 1),
            _ => start,
        };

        var isSpan = type is EventType.Campaign or EventType.Siege ? random.Next(10) < 9 : random.Next(100) < 4;
        DateOnly? end = isSpan ? Min(start.AddDays(SpanDays(type)), Last) : null;
        var approximate = random.Next(100) < (precision == DatePrecision.Day ? 3 : 15);
        return new GeneratedDates(start, end, precision, approximate, Text(start, end, precision, approximate));
    }

    private DateOnly NextDay()
    {
        if (random.Next(4) == 0)
        {
            return First.AddDays(random.Next(Last.DayNumber - First.DayNumber + 1));
        }

        var (centre, spread) = Waves.Next(random);
        var gauss = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var day = centre.AddDays((int)Math.Round(gauss * spread));
        return day < First ? First : Min(day, Last);
    }

    private int SpanDays(EventType type) => type switch
    {
        EventType.Campaign => random.Next(30, 400),
        EventType.Siege => random.Next(7, 200),
        _ => random.Next(1, 30),
    };

    private string Text(DateOnly start, DateOnly? end, DatePrecision precision, bool approximate)
    {
        var first = Format(start, precision, approximate);
        return end is { } last ? $"{first} – {Format(last, precision, approximate: false)}" : first;
    }

    private string Format(DateOnly date, DatePrecision precision, bool approximate)
    {
        var vague = new[] { "early", "mid-", "late" }[random.Next(3)];
        return precision switch
        {
            DatePrecision.Year => approximate ? $"around {date.Year}" : date.Year.ToString(CultureInfo.InvariantCulture),
            DatePrecision.Month => (approximate ? vague + (vague.EndsWith('-') ? "" : " ") : "") + date.ToString("MMMM yyyy", English),
            _ => (approximate ? "around " : "") + date.ToString(
                new[] { "d MMMM yyyy", "MMMM d, yyyy", "MMMM d-yyyy", "d/M/yyyy" }[random.Next(4)], English),
        };
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
