using Chronology.DataGenerator;
using Chronology.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace Chronology.IntegrationTests.Generator;

/// <summary>
/// A fresh database (SQLite, or PostgreSQL when CHRONOLOGY_TEST_POSTGRES is set) filled by the data
/// generator in-process, then served by the real API, which migrates (nothing to do) and adds its seed.
/// </summary>
public sealed class GeneratedDatabase : IAsyncLifetime
{
    public const int EventCount = 2_000;

    public TestDatabase Database { get; } = TestDatabase.CreateNew();

    public GenerationResult Result { get; private set; } = null!;

    public List<GenerationProgress> Reports { get; } = [];

    public ChronologyApiFactory Api { get; private set; } = null!;

    /// <summary>The configuration the generator reads, with the keys the service reads.</summary>
    public static IConfiguration ConfigurationFor(TestDatabase database) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider,
            ["ConnectionStrings:Chronology"] = database.ConnectionString,
        })
        .Build();

    public async Task InitializeAsync()
    {
        var options = new GeneratorOptions { Events = EventCount, BatchSize = 500, Seed = 7 };
        Result = await new SyntheticDataGenerator(ConfigurationFor(Database)).GenerateAsync(options, new Recorder(Reports), CancellationToken.None);
        Api = ChronologyApiFactory.With([], Database);
    }

    public async Task DisposeAsync()
    {
        await Api.DisposeAsync();
        Database.Drop();
    }

    private sealed class Recorder(List<GenerationProgress> reports) : IProgress<GenerationProgress>
    {
        public void Report(GenerationProgress value) => reports.Add(value);
    }
}
