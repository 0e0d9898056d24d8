namespace Chronology.Application.Events;

/// <summary>Persistence of events. Reads come back as response records, untracked.</summary>
public interface IEventRepository
{
    /// <summary>
    /// The page after the query's position, in its sort order: up to <see cref="EventQuery.Limit"/> + 1 events, the
    /// one past the page telling that another page follows.
    /// </summary>
    Task<IReadOnlyList<EventResponse>> ListAsync(EventQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// Every event the query matches, in its sort order after its cursor, up to <see cref="EventQuery.Limit"/>; read
    /// in keyset batches as the caller consumes them, so memory stays flat however many events match.
    /// </summary>
    IAsyncEnumerable<EventResponse> StreamAsync(EventQuery query, CancellationToken cancellationToken);

    /// <summary>The matching events counted (and their fatalities summed) per group, by the database.</summary>
    Task<IReadOnlyList<EventStatsItem>> CountByAsync(EventQuery query, EventStatsGroup groupBy, CancellationToken cancellationToken);

    Task<EventResponse?> GetByIdAsync(int id, CancellationToken cancellationToken);

    /// <summary>Loads an event with its links, tracked, for an update or delete.</summary>
    Task<Event?> FindForUpdateAsync(int id, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(int id, CancellationToken cancellationToken);

    /// <summary>The places and forces with these ids that exist, as an event's links show them.</summary>
    Task<EventLinkTargets> GetLinkTargetsAsync(IReadOnlyCollection<int> placeIds, IReadOnlyCollection<int> forceIds, CancellationToken cancellationToken);

    /// <summary>The id with the ids of its parent, grandparent and so on (bounded, so a damaged chain cannot loop).</summary>
    Task<IReadOnlyList<int>> GetAncestorIdsAsync(int id, CancellationToken cancellationToken);

    /// <summary>Ids of events that are stages of this one.</summary>
    Task<IReadOnlyList<int>> GetChildIdsAsync(int id, CancellationToken cancellationToken);

    void Add(Event entity);

    void Remove(Event entity);
}
