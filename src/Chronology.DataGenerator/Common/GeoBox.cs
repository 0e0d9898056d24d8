namespace Chronology.DataGenerator.Common;

/// <summary>A latitude/longitude rectangle that splits into a grid of smaller ones, so children lie inside parents.</summary>
public sealed record GeoBox(double MinLat, double MinLon, double MaxLat, double MaxLon)
{
    public double CentreLat => Round((MinLat + MaxLat) / 2);

    public double CentreLon => Round((MinLon + MaxLon) / 2);

    /// <summary>Cell <paramref name="index"/> of a <paramref name="rows"/> × <paramref name="columns"/> grid, row by row from the south-west.</summary>
    public GeoBox Cell(int index, int rows, int columns)
    {
        var height = (MaxLat - MinLat) / rows;
        var width = (MaxLon - MinLon) / columns;
        var row = index / columns;
        var column = index % columns;
        return new GeoBox(MinLat + (row * height), MinLon + (column * width), MinLat + ((row + 1) * height), MinLon + ((column + 1) * width));
    }

    /// <summary>A point inside the box, rounded to about 10 m.</summary>
    public (double Lat, double Lon) RandomPoint(Random random) =>
        (Round(MinLat + (random.NextDouble() * (MaxLat - MinLat))), Round(MinLon + (random.NextDouble() * (MaxLon - MinLon))));

    private static double Round(double degrees) => Math.Round(degrees, 4);
}
