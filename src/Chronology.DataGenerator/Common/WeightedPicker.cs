namespace Chronology.DataGenerator.Common;

/// <summary>Picks items with fixed weights, in O(log n): a few forces and regions take part in most events.</summary>
public sealed class WeightedPicker<T>
{
    private readonly T[] items;
    private readonly double[] cumulative;

    public WeightedPicker(IEnumerable<(T Item, double Weight)> weighted)
    {
        var list = weighted.ToList();
        items = [.. list.Select(w => w.Item)];
        cumulative = new double[list.Count];
        var sum = 0.0;
        for (var i = 0; i < list.Count; i++)
        {
            sum += list[i].Weight;
            cumulative[i] = sum;
        }
    }

    /// <summary>Weights 1, 1/2^s, 1/3^s… in the given order (Zipf's law).</summary>
    public static WeightedPicker<T> Zipf(IEnumerable<T> items, double exponent) =>
        new(items.Select((item, rank) => (item, 1.0 / Math.Pow(rank + 1, exponent))));

    public T Next(Random random)
    {
        var index = Array.BinarySearch(cumulative, random.NextDouble() * cumulative[^1]);
        return items[Math.Min(index < 0 ? ~index : index, items.Length - 1)];
    }
}
