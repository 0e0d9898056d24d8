using System.Globalization;
using Chronology.Application.Events;
using Chronology.Application.Places;
using Chronology.Application.Text;
using Chronology.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Chronology.Infrastructure.Events;

/// <summary>
/// Event counts per group as one GROUP BY each: the database counts and sums, and only one row per group
/// comes back. An event counts once under each of its places, forces or countries.
/// </summary>
internal static class EventStatistics
{
    private sealed record Named(int Id, string Name, int Events, long Fatalities);

    public static async Task<IReadOnlyList<EventStatsItem>> CountByAsync(
        ChronologyDbContext db, IQueryable<Event> events, EventStatsGroup groupBy, CancellationToken cancellationToken) => groupBy switch
        {
            EventStatsGroup.Year => (await events.GroupBy(e => e.Start.Year)
                    .Select(g => new { Year = g.Key, Events = g.Count(), Fatalities = g.Sum(e => (long)(e.Fatalities ?? 0)) })
                    .ToListAsync(cancellationToken))
                .OrderBy(g => g.Year)
                .Select(g => new EventStatsItem(YearKey(g.Year), YearKey(g.Year), g.Events, g.Fatalities)).ToList(),
            EventStatsGroup.Month => (await events.GroupBy(e => new { e.Start.Year, e.Start.Month })
                    .Select(g => new { g.Key.Year, g.Key.Month, Events = g.Count(), Fatalities = g.Sum(e => (long)(e.Fatalities ?? 0)) })
                    .ToListAsync(cancellationToken))
                .OrderBy(g => g.Year).ThenBy(g => g.Month)
                .Select(g => new EventStatsItem(
                    $"{YearKey(g.Year)}-{g.Month:D2}",
                    $"{CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(g.Month)} {YearKey(g.Year)}",
                    g.Events, g.Fatalities)).ToList(),
            EventStatsGroup.Type => (await events.GroupBy(e => e.Type)
                    .Select(g => new { Type = g.Key, Events = g.Count(), Fatalities = g.Sum(e => (long)(e.Fatalities ?? 0)) })
                    .ToListAsync(cancellationToken))
                .Select(g => new EventStatsItem(EnumText.Name(g.Type), TypeLabel(g.Type), g.Events, g.Fatalities))
                .OrderByDescending(i => i.Events).ThenBy(i => i.Key, StringComparer.Ordinal).ToList(),
            EventStatsGroup.Place => MostFirst(await events
                .SelectMany(e => e.Places, (e, p) => new { p.PlaceId, p.Place!.Name, e.Fatalities })
                .GroupBy(x => new { x.PlaceId, x.Name })
                .Select(g => new Named(g.Key.PlaceId, g.Key.Name, g.Count(), g.Sum(x => (long)(x.Fatalities ?? 0))))
                .ToListAsync(cancellationToken)),
            // A force can take part in one event in two roles: one row per event and force before counting.
            EventStatsGroup.Force => MostFirst(await events
                .SelectMany(e => e.Forces, (e, f) => new { EventId = e.Id, f.ForceId, f.Force!.Name, e.Fatalities })
                .Distinct()
                .GroupBy(x => new { x.ForceId, x.Name })
                .Select(g => new Named(g.Key.ForceId, g.Key.Name, g.Count(), g.Sum(x => (long)(x.Fatalities ?? 0))))
                .ToListAsync(cancellationToken)),
            // The country of a place is the place of kind country on its materialised path ("/1/5/17/" starts
            // with Syria's "/1/"); two places of one event in the same country count the event once.
            EventStatsGroup.Country => MostFirst(await (
                    from e in events
                    from p in e.Places
                    from country in db.Places
                    where country.Kind == PlaceKind.Country && p.Place!.Path.StartsWith(country.Path)
                    select new { EventId = e.Id, CountryId = country.Id, country.Name, e.Fatalities })
                .Distinct()
                .GroupBy(x => new { x.CountryId, x.Name })
                .Select(g => new Named(g.Key.CountryId, g.Key.Name, g.Count(), g.Sum(x => (long)(x.Fatalities ?? 0))))
                .ToListAsync(cancellationToken)),
            _ => throw new ArgumentOutOfRangeException(nameof(groupBy), groupBy, "Unknown grouping."),
        };

    private static string YearKey(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    // "pledgeOfAllegiance" → "pledge of allegiance".
    private static string TypeLabel(EventType type) =>
        string.Concat(EnumText.Name(type).Select(c => char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));

    private static List<EventStatsItem> MostFirst(List<Named> groups) => groups
        .OrderByDescending(g => g.Events).ThenBy(g => g.Name, StringComparer.Ordinal).ThenBy(g => g.Id)
        .Select(g => new EventStatsItem(g.Id.ToString(CultureInfo.InvariantCulture), g.Name, g.Events, g.Fatalities))
        .ToList();
}
