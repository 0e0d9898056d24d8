using Chronology.Application.Events;
using Chronology.Application.Forces;
using Chronology.Application.Places;
using Chronology.Application.Sources;

namespace Chronology.DataGenerator.Persistence;

/// <summary>Writes generated records through the provider's fastest path, on the context's open connection.</summary>
public interface IBulkWriter
{
    /// <summary>Session settings for a bulk load.</summary>
    Task BeginAsync(CancellationToken cancellationToken);

    /// <summary>The places, forces and the source, in one transaction.</summary>
    Task WriteWorldAsync(IReadOnlyList<Place> places, IReadOnlyList<Force> forces, Source source, CancellationToken cancellationToken);

    /// <summary>A batch of events with their place and force links and citations, in one transaction.</summary>
    Task WriteEventsAsync(IReadOnlyList<Event> events, CancellationToken cancellationToken);

    /// <summary>Restores the session settings and leaves the database as the service expects it (sequences, statistics).</summary>
    Task FinishAsync(CancellationToken cancellationToken);
}
