namespace Chronology.DataGenerator;

/// <summary>What to generate.</summary>
public sealed record GeneratorOptions
{
    public int Events { get; init; } = 1_000_000;

    /// <summary>The random seed: the same seed on the same database gives the same data.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Events written per transaction.</summary>
    public int BatchSize { get; init; } = 10_000;

    /// <summary>The creation time of the generated records (UTC); now when null.</summary>
    public DateTime? Now { get; init; }
}

/// <summary>A step of a run, reported as it goes; <see cref="Done"/> of <see cref="Total"/> events for the event step.</summary>
public sealed record GenerationProgress(string Step, long Done, long Total, TimeSpan Elapsed)
{
    public double EventsPerSecond => Elapsed.TotalSeconds > 0 ? Done / Elapsed.TotalSeconds : 0;
}

/// <summary>What a run added.</summary>
public sealed record GenerationResult(
    string Provider,
    int Places,
    int PlaceAliases,
    int Forces,
    int ForceAliases,
    int SourceId,
    int Events,
    int FirstEventId,
    int LastEventId,
    long EventPlaces,
    long EventForces,
    long Citations,
    TimeSpan Elapsed,
    TimeSpan EventElapsed)
{
    /// <summary>Events per second over the event step alone (generation and writing, overlapped).</summary>
    public double EventsPerSecond => EventElapsed.TotalSeconds > 0 ? Events / EventElapsed.TotalSeconds : 0;
}
