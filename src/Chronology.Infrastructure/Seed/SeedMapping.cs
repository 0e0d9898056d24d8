using Chronology.Application.Events;
using Chronology.Application.Forces;
using Chronology.Application.Places;
using Chronology.Application.Sources;

namespace Chronology.Infrastructure.Seed;

/// <summary>Copies seed items onto entities, resolving keys to ids.</summary>
internal static class SeedMapping
{
    public static Source NewSource() => new() { Title = string.Empty, Language = string.Empty };

    public static Event NewEvent() => new() { Title = string.Empty, Summary = string.Empty };

    public static void ApplySource(Source source, SeedSource item)
    {
        source.Title = item.Title;
        source.Publisher = item.Publisher;
        source.Url = item.Url;
        source.PublishedOn = item.PublishedOn;
        source.Language = item.Language;
        source.Text = item.Text;
    }

    public static void ApplyPlace(Place place, SeedPlace item)
    {
        place.Rename(item.Name);
        place.SetAliases(item.Aliases);
        place.Kind = item.Kind;
        place.Latitude = item.Lat;
        place.Longitude = item.Lon;
    }

    public static void ApplyForce(Force force, SeedForce item)
    {
        force.Rename(item.Name, item.Abbreviation);
        force.SetAliases(item.Aliases);
        force.Kind = item.Kind;
    }

    public static void ApplyEvent(Event entity, SeedEvent item, SeedIds ids)
    {
        entity.Title = item.Title;
        entity.Summary = item.Summary;
        entity.Type = item.Type;
        entity.SetDates(item.Start, item.End, item.Precision);
        entity.Approximate = item.Approximate;
        entity.DateText = item.DateText;
        entity.Fatalities = item.Fatalities;
        entity.Notes = item.Notes;

        entity.SetPlaces(item.Places.Select(p => Resolve(ids.Places, p, "place", item.Key)));
        entity.SetForces(item.Forces.Select(f => (Resolve(ids.Forces, f.Force, "force", item.Key), f.Role)));
        entity.SetCitations(item.Citations.Select(c => (Resolve(ids.Sources, c.Source, "source", item.Key), c.Quote)));
    }

    private static int Resolve(Dictionary<string, int> ids, string key, string what, string owner) =>
        ids.TryGetValue(key, out var id)
            ? id
            : throw new InvalidDataException($"Seed item '{owner}' refers to {what} '{key}', which the seed file does not list before it.");
}
