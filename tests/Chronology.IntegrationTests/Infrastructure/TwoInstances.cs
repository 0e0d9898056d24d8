namespace Chronology.IntegrationTests.Infrastructure;

/// <summary>
/// Two service instances over one database (a shared SQLite file, or PostgreSQL in CI's second run), started
/// together — so migrations and seeding race as they do in a scaled-out deployment — and dropped together.
/// </summary>
public sealed class TwoInstances
{
    private readonly TestDatabase database = TestDatabase.CreateNew();

    public ChronologyApiFactory First { get; private set; } = null!;

    public ChronologyApiFactory Second { get; private set; } = null!;

    public TestDatabase Database => database;

    public async Task StartAsync()
    {
        First = ChronologyApiFactory.With([], database);
        Second = ChronologyApiFactory.With([], database);
        await Task.WhenAll(Task.Run(() => First.CreateClient()), Task.Run(() => Second.CreateClient()));
    }

    public async Task StopAsync()
    {
        await First.DisposeAsync();
        await Second.DisposeAsync();
        database.Drop();
    }
}
