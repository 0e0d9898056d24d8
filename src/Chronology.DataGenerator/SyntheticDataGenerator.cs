using System.Diagnostics;
using System.Threading.Channels;
using Chronology.Application.Events;
using Chronology.Application.Forces;
using Chronology.Application.Places;
using Chronology.DataGenerator.Common;
using Chronology.DataGenerator.Events;
using Chronology.DataGenerator.Forces;
using Chronology.DataGenerator.Persistence;
using Chronology.DataGenerator.Places;
using Chronology.DataGenerator.Sources;
using Chronology.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Chronology.DataGenerator;

/// <summary>
/// Fills a Chronology database with synthetic but realistic data: a place hierarchy, forces, one
/// source and any number of events, added to what the database holds. The database is reached the
/// way the service reaches it (<see cref="DatabaseProviders.AddChronologyDbContext"/> with the same
/// configuration keys) and migrated with the service's migrations; rows are then written in bulk on
/// the context's connection. One thread makes events while another writes the previous batch.
/// </summary>
public sealed class SyntheticDataGenerator(IConfiguration configuration)
{
    public async Task<GenerationResult> GenerateAsync(GeneratorOptions options, IProgress<GenerationProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.Events);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1);
        var clock = Stopwatch.StartNew();
        var services = new ServiceCollection();
        services.AddChronologyDbContext(configuration);
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChronologyDbContext>();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));

        await DatabaseProviders.PrepareAsync(db, cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        progress?.Report(new GenerationProgress("migrated", 0, options.Events, clock.Elapsed));

        var ids = IdRanges.After(await ReadMaxIdsAsync(db, cancellationToken));
        var now = options.Now ?? DateTime.UtcNow;
        var worldCreatedAt = now.AddTicks(-(options.Events + 1) * TimeSpan.TicksPerMicrosecond);
        var random = new Random(options.Seed);
        var names = new NameMaker(random, await ReadTakenNamesAsync(db, cancellationToken));
        var places = new PlaceFactory(random, names, ids, worldCreatedAt).Build();
        var forces = new ForceFactory(random, names, ids, worldCreatedAt).Build(places.Countries.Select(c => c.Name));
        var sourceFactory = new SourceFactory(random, ids, worldCreatedAt);
        var source = sourceFactory.Build(places.All, forces);
        var events = new EventFactory(random, ids, places, forces, source.Id, sourceFactory.Sentences);
        var firstEventId = ids.Event;

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var writer = CreateWriter(db);
            await writer.BeginAsync(cancellationToken);
            await writer.WriteWorldAsync(places.All, forces, source, cancellationToken);
            progress?.Report(new GenerationProgress("world", 0, options.Events, clock.Elapsed));

            var eventClock = Stopwatch.StartNew();
            var links = await WriteEventsAsync(writer, events, options, worldCreatedAt, eventClock, progress, cancellationToken);
            var eventElapsed = eventClock.Elapsed;

            progress?.Report(new GenerationProgress("finishing", options.Events, options.Events, clock.Elapsed));
            await writer.FinishAsync(cancellationToken);
            return new GenerationResult(
                db.Database.IsNpgsql() ? nameof(DatabaseProvider.Postgres) : nameof(DatabaseProvider.Sqlite),
                places.All.Count, places.All.Sum(p => p.Aliases.Count), forces.Count, forces.Sum(f => f.Aliases.Count), source.Id,
                options.Events, firstEventId, ids.Event - 1, links.Places, links.Forces, links.Citations, clock.Elapsed, eventElapsed);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    // Producer and consumer: the next batch is made while the previous one is written.
    private static async Task<(long Places, long Forces, long Citations)> WriteEventsAsync(
        IBulkWriter writer, EventFactory events, GeneratorOptions options, DateTime createdAfter, Stopwatch clock,
        IProgress<GenerationProgress>? progress, CancellationToken cancellationToken)
    {
        var batches = Channel.CreateBounded<List<Event>>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        var producer = Task.Run(async () =>
        {
            try
            {
                for (var made = 0; made < options.Events;)
                {
                    var batch = new List<Event>(Math.Min(options.BatchSize, options.Events - made));
                    while (batch.Count < batch.Capacity)
                    {
                        batch.Add(events.Next(createdAfter.AddTicks(++made * TimeSpan.TicksPerMicrosecond)));
                    }

                    await batches.Writer.WriteAsync(batch, cancellationToken);
                }

                batches.Writer.Complete();
            }
            catch (Exception exception)
            {
                batches.Writer.Complete(exception);
            }
        }, cancellationToken);

        long written = 0, places = 0, forces = 0, citations = 0, nextReport = 1;
        await foreach (var batch in batches.Reader.ReadAllAsync(cancellationToken))
        {
            await writer.WriteEventsAsync(batch, cancellationToken);
            written += batch.Count;
            places += batch.Sum(e => e.Places.Count);
            forces += batch.Sum(e => e.Forces.Count);
            citations += batch.Sum(e => e.Citations.Count);
            // One line per tenth crossed (one per batch when a batch spans several tenths).
            if (nextReport <= 10 && written * 10 >= nextReport * options.Events)
            {
                while (nextReport <= 10 && written * 10 >= nextReport * options.Events)
                {
                    nextReport++;
                }

                progress?.Report(new GenerationProgress("events", written, options.Events, clock.Elapsed));
            }
        }

        await producer;
        return (places, forces, citations);
    }

    private static IBulkWriter CreateWriter(ChronologyDbContext db) => db.Database.GetDbConnection() switch
    {
        SqliteConnection sqlite => new SqliteBulkWriter(sqlite),
        NpgsqlConnection npgsql => new PostgresBulkWriter(npgsql),
        var other => throw new NotSupportedException($"No bulk writer for {other.GetType().Name}."),
    };

    private static async Task<Dictionary<string, int>> ReadMaxIdsAsync(ChronologyDbContext db, CancellationToken cancellationToken) => new()
    {
        ["Places"] = await db.Places.MaxAsync(e => (int?)e.Id, cancellationToken) ?? 0,
        ["PlaceAliases"] = await db.Set<PlaceAlias>().MaxAsync(e => (int?)e.Id, cancellationToken) ?? 0,
        ["Forces"] = await db.Forces.MaxAsync(e => (int?)e.Id, cancellationToken) ?? 0,
        ["ForceAliases"] = await db.Set<ForceAlias>().MaxAsync(e => (int?)e.Id, cancellationToken) ?? 0,
        ["Sources"] = await db.Sources.MaxAsync(e => (int?)e.Id, cancellationToken) ?? 0,
        ["Events"] = await db.Events.MaxAsync(e => (int?)e.Id, cancellationToken) ?? 0,
        ["Citations"] = await db.Set<Citation>().MaxAsync(e => (int?)e.Id, cancellationToken) ?? 0,
    };

    // Names already stored stay unique: generated places and forces never make a stored name ambiguous.
    private static async Task<List<string>> ReadTakenNamesAsync(ChronologyDbContext db, CancellationToken cancellationToken) =>
    [
        .. await db.Places.Select(p => p.NormalizedName).ToListAsync(cancellationToken),
        .. await db.Set<PlaceAlias>().Select(a => a.NormalizedName).ToListAsync(cancellationToken),
        .. ForceFactory.FoldedNames(await db.Forces.AsNoTracking().Include(f => f.Aliases).ToListAsync(cancellationToken)),
    ];
}
