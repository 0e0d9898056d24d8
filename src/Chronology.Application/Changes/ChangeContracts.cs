namespace Chronology.Application.Changes;

/// <summary>One committed change to a record, as the change feed lists it.</summary>
/// <param name="Seq">Position in the feed: later commits have higher numbers, and a number once read is never followed by a lower one.</param>
/// <param name="Entity">event, place, force or source.</param>
/// <param name="Id">The record's id.</param>
/// <param name="Action">created, updated or deleted.</param>
/// <param name="Version">The record's version after the change (before it, for a delete).</param>
/// <param name="At">When the change was saved (UTC).</param>
public sealed record ChangeResponse(long Seq, string Entity, int Id, string Action, int Version, DateTime At);

/// <summary>A page of the change feed. <c>nextCursor</c> is never null: it is where to ask again, now or later.</summary>
/// <param name="Items">The changes after the cursor, oldest first.</param>
/// <param name="NextCursor">Pass it back as <c>after</c> to continue; with no new changes it stays where it was.</param>
public sealed record ChangePage(IReadOnlyList<ChangeResponse> Items, string NextCursor);

/// <summary>The query string of <c>GET /api/v1/changes</c>.</summary>
public sealed record ChangeListRequest
{
    /// <summary>
    /// The <c>nextCursor</c> of the previous page; <c>now</c> for the current end of the feed (no items; start a
    /// sync from there); omit it to read the feed from its beginning.
    /// </summary>
    /// <example>now</example>
    public string? After { get; init; }

    /// <summary>Page size, 1–500 (default 50).</summary>
    public int? Limit { get; init; }
}

/// <summary>
/// The committed changes, in commit order. The audit trail is the feed: every change through the API
/// writes its entry in the same transaction.
/// </summary>
public interface IChangeFeed
{
    /// <summary>Changes to events, places, forces and sources after <paramref name="afterSeq"/>, oldest first.</summary>
    Task<IReadOnlyList<ChangeResponse>> ListAsync(long afterSeq, int take, CancellationToken cancellationToken);

    /// <summary>The position of the latest committed change (0 when there is none).</summary>
    Task<long> HeadAsync(CancellationToken cancellationToken);
}
