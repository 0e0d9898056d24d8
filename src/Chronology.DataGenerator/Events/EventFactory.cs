using Chronology.Application.Events;
using Chronology.Application.Forces;
using Chronology.Application.Places;
using Chronology.DataGenerator.Common;
using Chronology.DataGenerator.Places;

namespace Chronology.DataGenerator.Events;

/// <summary>
/// Makes events through the entity's own methods (<see cref="Event.SetDates"/>, <see cref="Event.SetCitations"/>…),
/// so effective ends and search texts are exactly what the API would store. Events gather in a few
/// regions and around a few forces, as real chronologies do.
/// </summary>
public sealed class EventFactory
{
    private static readonly WeightedPicker<EventType> Types = new(
    [
        (EventType.Attack, 40), (EventType.Capture, 8), (EventType.Liberation, 7), (EventType.Siege, 4), (EventType.Campaign, 3),
        (EventType.Massacre, 4), (EventType.Execution, 4), (EventType.Formation, 2), (EventType.Declaration, 3),
        (EventType.PledgeOfAllegiance, 2), (EventType.Statement, 10), (EventType.Other, 13),
    ]);

    private readonly Random random;
    private readonly IdRanges ids;
    private readonly int sourceId;
    private readonly IReadOnlyList<string> quotes;
    private readonly EventDateMaker dates;
    private readonly EventText text;
    private readonly WeightedPicker<Governorate> regions;
    private readonly WeightedPicker<Force> forces;

    public EventFactory(Random random, IdRanges ids, PlaceTree places, IReadOnlyList<Force> forceList, int sourceId, IReadOnlyList<string> quotes)
    {
        this.random = random;
        this.ids = ids;
        this.sourceId = sourceId;
        this.quotes = quotes;
        dates = new EventDateMaker(random);
        text = new EventText(random);
        regions = WeightedPicker<Governorate>.Zipf(places.Governorates.OrderBy(_ => random.Next()).ToList(), 0.8);
        forces = WeightedPicker<Force>.Zipf(forceList.OrderBy(_ => random.Next()).ToList(), 1.0);
    }

    public Event Next(DateTime createdAt)
    {
        var type = Types.Next(random);
        var when = dates.Next(type);
        var where = PickPlaces(type);
        var who = PickForces(type);
        var fatalities = Fatalities(type);
        var notes = when.Approximate && random.Next(3) == 0 ? "The source gives no exact date; it is inferred from the surrounding account." : null;

        var entity = new Event
        {
            Id = ids.Event++,
            Title = text.Title(type, who[0].Force, where[0]),
            Summary = text.Summary(type, who, where, fatalities),
            Type = type,
            Approximate = when.Approximate,
            DateText = when.DateText,
            Fatalities = fatalities,
            Notes = notes,
        };
        entity.SetDates(when.Start, when.End, when.Precision);
        entity.SetPlaces(where.Select(p => p.Id));
        entity.SetForces(who.Select(f => (f.Force.Id, f.Role)));
        entity.SetCitations([(sourceId, quotes[random.Next(quotes.Count)])]);
        entity.MarkCreated(createdAt);

        entity.Places.ForEach(p => p.EventId = entity.Id);
        entity.Forces.ForEach(f => f.EventId = entity.Id);
        entity.Citations.ForEach(c => (c.Id, c.EventId) = (ids.Citation++, entity.Id));
        return entity;
    }

    // A town or village, sometimes with neighbours from its district or governorate; campaigns often name a whole district or region.
    private List<Place> PickPlaces(EventType type)
    {
        var region = regions.Next(random);
        var district = region.Districts[random.Next(region.Districts.Count)];
        if (type == EventType.Campaign && random.Next(5) < 3)
        {
            return [random.Next(2) == 0 ? region.Place : district.Place];
        }

        var picked = new List<Place> { Settlement(district) };
        var roll = random.Next(100);
        for (var extra = roll < 70 ? 0 : roll < 92 ? 1 : 2; extra > 0; extra--)
        {
            var neighbourhood = random.Next(10) < 7 ? district : region.Districts[random.Next(region.Districts.Count)];
            var place = Settlement(neighbourhood);
            if (!picked.Contains(place))
            {
                picked.Add(place);
            }
        }

        return picked;
    }

    private Place Settlement(District district) =>
        random.Next(10) < 3 ? district.Settlements[0] : district.Settlements[random.Next(district.Settlements.Count)];

    private List<(Force Force, ForceRole Role)> PickForces(EventType type)
    {
        var roll = random.Next(100);
        var count = roll < 35 ? 1 : roll < 85 ? 2 : 3;
        var picked = new List<Force>();
        while (picked.Count < count)
        {
            var force = forces.Next(random);
            if (!picked.Contains(force))
            {
                picked.Add(force);
            }
        }

        var alone = type is EventType.Statement or EventType.Formation or EventType.Declaration && count == 1;
        ForceRole[] roles = [alone ? ForceRole.Participant : ForceRole.Initiator, ForceRole.Target, ForceRole.Supporter];
        return picked.Select((force, i) => (force, roles[i])).ToList();
    }

    private int? Fatalities(EventType type)
    {
        var percent = type switch
        {
            EventType.Massacre => 95,
            EventType.Execution => 90,
            EventType.Attack or EventType.Campaign => 50,
            EventType.Siege or EventType.Capture or EventType.Liberation => 30,
            _ => 3,
        };
        if (random.Next(100) >= percent)
        {
            return null;
        }

        var mu = type is EventType.Massacre or EventType.Campaign ? 3.2 : 1.2;
        var gauss = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        return (int)Math.Min(3000, Math.Round(Math.Exp(mu + (1.1 * gauss))));
    }
}
