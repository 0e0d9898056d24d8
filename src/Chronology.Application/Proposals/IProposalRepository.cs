using Chronology.Application.Events;
using Chronology.Extraction;

namespace Chronology.Application.Proposals;

/// <summary>An existing event reduced to what corroboration compares.</summary>
public sealed record EventSketch(
    int Id, string Title, DateOnly Start, DateOnly EffectiveEnd, EventType Type,
    IReadOnlyList<(int Id, string Name, string Path)> Places, IReadOnlyList<(int Id, string Name)> Forces);

/// <summary>The service's places and forces as the extractor reads them, with each place's materialised path.</summary>
public sealed record GazetteerSnapshot(Gazetteer Gazetteer, IReadOnlyDictionary<int, string> PlacePaths);

/// <summary>Persistence of proposals, and the reads extraction and corroboration need.</summary>
public interface IProposalRepository
{
    /// <summary>Proposals by id after <paramref name="afterId"/>, optionally of one source and status.</summary>
    Task<IReadOnlyList<ProposalResponse>> ListAsync(int? sourceId, ProposalStatus? status, int afterId, int take, CancellationToken cancellationToken);

    Task<ProposalResponse?> GetByIdAsync(int id, CancellationToken cancellationToken);

    Task<Proposal?> FindForUpdateAsync(int id, CancellationToken cancellationToken);

    /// <summary>Every proposal of a source, tracked, for an extraction run to refresh.</summary>
    Task<List<Proposal>> ListForSourceForUpdateAsync(int sourceId, CancellationToken cancellationToken);

    Task<GazetteerSnapshot> LoadGazetteerAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Up to <paramref name="take"/> events whose span touches [from, to] and that share a force or have a
    /// place on one of <paramref name="placePaths"/> (the place or one of its ancestors) or inside one of them.
    /// </summary>
    Task<IReadOnlyList<EventSketch>> FindEventsNearAsync(
        DateOnly from, DateOnly to, IReadOnlyList<string> placePaths, IReadOnlyList<int> forceIds, int take, CancellationToken cancellationToken);

    /// <summary>The events citing a source, with the quotes they take from it.</summary>
    Task<IReadOnlyList<(int EventId, string Title, DateOnly Start, string Quote)>> GetCitationsOfSourceAsync(int sourceId, CancellationToken cancellationToken);

    void Add(Proposal proposal);

    void Remove(Proposal proposal);
}
