using Chronology.Application.Events;

namespace Chronology.Infrastructure.Events;

/// <summary>
/// The chronology query as LINQ. Only the filters present become SQL conditions, so the database
/// can use its indexes; the keyset condition continues from the cursor instead of skipping rows.
/// </summary>
internal static class EventFilters
{
    public static IQueryable<Event> Apply(IQueryable<Event> events, EventQuery query)
    {
        // Overlap: the event's span [Start, EffectiveEnd] touches the window [From, To].
        if (query.From is { } from)
        {
            events = events.Where(e => e.EffectiveEnd >= from);
        }

        if (query.To is { } to)
        {
            events = events.Where(e => e.Start <= to);
        }

        foreach (var path in query.PlacePaths)
        {
            events = events.Where(e => e.Places.Any(p => p.Place!.Path.StartsWith(path)));
        }

        if (query.ForceIds.Count > 0)
        {
            var ids = query.ForceIds;
            events = query.Role is { } role
                ? events.Where(e => e.Forces.Any(f => ids.Contains(f.ForceId) && f.Role == role))
                : events.Where(e => e.Forces.Any(f => ids.Contains(f.ForceId)));
        }

        if (query.Types.Count > 0)
        {
            var types = query.Types;
            events = events.Where(e => types.Contains(e.Type));
        }

        foreach (var term in query.Terms)
        {
            events = events.Where(e => e.SearchText.Contains(term));
        }

        if (query.MinFatalities is { } minFatalities)
        {
            events = events.Where(e => e.Fatalities >= minFatalities);
        }

        if (query.Bbox is { } box)
        {
            events = events.Where(e => e.Places.Any(p =>
                p.Place!.Longitude >= box.MinLon && p.Place.Longitude <= box.MaxLon
                && p.Place.Latitude >= box.MinLat && p.Place.Latitude <= box.MaxLat));
        }

        if (query.UpdatedSince is { } since)
        {
            events = events.Where(e => e.UpdatedAt >= since);
        }

        return events;
    }

    public static IQueryable<Event> OrderAfter(IQueryable<Event> events, EventSort sort, EventCursor? after) => sort switch
    {
        EventSort.DateDesc => (after is null ? events : events.Where(e =>
                e.Start < after.Start || (e.Start == after.Start && e.Id < after.Id)))
            .OrderByDescending(e => e.Start).ThenByDescending(e => e.Id),
        EventSort.Updated => (after is null ? events : events.Where(e =>
                e.UpdatedAt > after.UpdatedAt || (e.UpdatedAt == after.UpdatedAt && e.Id > after.Id)))
            .OrderBy(e => e.UpdatedAt).ThenBy(e => e.Id),
        _ => (after is null ? events : events.Where(e =>
                e.Start > after.Start || (e.Start == after.Start && e.Id > after.Id)))
            .OrderBy(e => e.Start).ThenBy(e => e.Id),
    };
}
