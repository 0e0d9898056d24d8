using Chronology.Application.Places;
using Chronology.DataGenerator.Common;

namespace Chronology.DataGenerator.Places;

/// <summary>
/// Builds the place hierarchy: four countries → eight governorates or regions each → ten districts
/// each → ten towns and villages each (3,556 places). Every child's coordinates lie in its parent's
/// box, so bounding-box and region queries agree; paths are "/country/governorate/district/town/".
/// </summary>
public sealed class PlaceFactory(Random random, NameMaker names, IdRanges ids, DateTime createdAt)
{
    public const int GovernoratesPerCountry = 8;
    public const int DistrictsPerGovernorate = 10;
    public const int SettlementsPerDistrict = 10;

    private static readonly (string Name, string Alias, PlaceKind Division, GeoBox Box)[] CountryList =
    [
        ("Aramea", "Republic of Aramea", PlaceKind.Governorate, new GeoBox(33.0, 35.8, 37.2, 39.4)),
        ("Khabouria", "Khabour Lands", PlaceKind.Region, new GeoBox(35.2, 39.4, 37.3, 42.2)),
        ("Tigrana", "Tigran Republic", PlaceKind.Governorate, new GeoBox(32.8, 42.2, 36.9, 46.2)),
        ("Sahrastan", "Sahra", PlaceKind.Governorate, new GeoBox(31.6, 38.2, 35.2, 42.2)),
    ];

    private static readonly Dictionary<string, string> Transliterations = new()
    {
        ["Tell"] = "Tal",
        ["Ain"] = "Ayn",
        ["Deir"] = "Dayr",
        ["Kafr"] = "Kfar",
        ["Khirbet"] = "Khirbat",
        ["Beit"] = "Bayt",
        ["Qasr"] = "Kasr",
        ["Jisr"] = "Jisir",
        ["Umm"] = "Um",
        ["Ras"] = "Ra's",
    };

    private static readonly string[] Prefixes = [.. Transliterations.Keys, "Marj", "Wadi", "Bir"];

    private readonly PlaceTree tree = new();

    public PlaceTree Build()
    {
        foreach (var (name, alias, division, box) in CountryList)
        {
            var country = Add(names.TryReserve(name) ? name : names.Unique(r => r + "ia"), PlaceKind.Country, null, box, [alias]);
            tree.Countries.Add(country);
            for (var g = 0; g < GovernoratesPerCountry; g++)
            {
                AddGovernorate(country, division, box.Cell(g, 4, 2));
            }
        }

        return tree;
    }

    private void AddGovernorate(Place country, PlaceKind kind, GeoBox box)
    {
        var capital = names.Unique(r => r);
        var suffix = kind == PlaceKind.Region ? "Region" : "Governorate";
        var name = names.TryReserve($"{capital} {suffix}") ? $"{capital} {suffix}" : names.Unique(r => $"{r} {suffix}");
        var aliases = random.Next(2) == 0 ? new[] { $"{capital} Province" } : [];
        var governorate = new Governorate(Add(name, kind, country, box, aliases));
        tree.Governorates.Add(governorate);

        for (var d = 0; d < DistrictsPerGovernorate; d++)
        {
            var districtBox = box.Cell(d, 5, 2);
            var seat = d == 0 ? capital : names.Unique(Settlement);
            var districtName = names.TryReserve($"{seat} District") ? $"{seat} District" : names.Unique(r => $"{r} District");
            var district = new District(Add(districtName, PlaceKind.District, governorate.Place, districtBox, []), governorate);
            governorate.Districts.Add(district);

            for (var s = 0; s < SettlementsPerDistrict; s++)
            {
                var settlementName = s == 0 ? seat : names.Unique(Settlement);
                var kindOfSettlement = s == 0 ? (d == 0 ? PlaceKind.City : PlaceKind.Town) : random.Next(4) == 0 ? PlaceKind.Town : PlaceKind.Village;
                district.Settlements.Add(Add(settlementName, kindOfSettlement, district.Place, districtBox, SettlementAliases(settlementName), point: true));
            }
        }
    }

    private string Settlement(string root) =>
        random.Next(5) < 3 ? $"{Prefixes[random.Next(Prefixes.Length)]} {root}" : root;

    // Transliteration variants ("Tell" → "Tal", "Q" → "K") and, now and then, a Kurdish spelling with diacritics.
    private List<string> SettlementAliases(string name)
    {
        var aliases = new List<string>();
        var roll = random.Next(10);
        if (roll < 4)
        {
            var words = name.Split(' ', 2);
            aliases.Add(words.Length == 2 && Transliterations.TryGetValue(words[0], out var other)
                ? $"{other} {words[1]}"
                : name.Replace('Q', 'K').Replace("sh", "ş"));
        }

        if (roll == 0)
        {
            aliases.Add("Girê " + name.Split(' ')[^1].Replace('e', 'ê').Replace('i', 'î'));
        }

        return aliases;
    }

    private Place Add(string name, PlaceKind kind, Place? parent, GeoBox box, IEnumerable<string> aliases, bool point = false)
    {
        var place = new Place { Id = ids.Place++, Kind = kind, ParentId = parent?.Id };
        place.Rename(name);
        place.SetAliases(aliases.Where(a => a != name && names.TryReserve(a)));
        foreach (var alias in place.Aliases)
        {
            alias.Id = ids.PlaceAlias++;
            alias.PlaceId = place.Id;
        }

        (place.Latitude, place.Longitude) = point ? box.RandomPoint(random) : (box.CentreLat, box.CentreLon);
        place.Path = Place.PathOf(parent?.Path ?? "/", place.Id);
        place.MarkCreated(createdAt);
        tree.All.Add(place);
        return place;
    }
}
