using Chronology.Application.Places;

namespace Chronology.DataGenerator.Places;

/// <summary>The generated places, flat (for writing) and as the tree events are placed in.</summary>
public sealed class PlaceTree
{
    public List<Place> All { get; } = [];

    public List<Place> Countries { get; } = [];

    public List<Governorate> Governorates { get; } = [];
}

/// <summary>A governorate or region with its districts.</summary>
public sealed class Governorate(Place place)
{
    public Place Place { get; } = place;

    public List<District> Districts { get; } = [];
}

/// <summary>A district with its towns and villages; the first settlement is the district's seat.</summary>
public sealed class District(Place place, Governorate governorate)
{
    public Place Place { get; } = place;

    public Governorate Governorate { get; } = governorate;

    public List<Place> Settlements { get; } = [];
}
