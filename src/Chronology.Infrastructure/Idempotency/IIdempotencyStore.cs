namespace Chronology.Infrastructure.Idempotency;

/// <summary>A stored answer to a create, replayed when the same Idempotency-Key comes again.</summary>
public sealed record StoredResponse(int StatusCode, string? Location, string? ETag, string Body);

/// <summary>What the store says about a key.</summary>
public enum IdempotencyState
{
    /// <summary>The key is new: the caller now owns it and must complete or release it.</summary>
    Acquired,

    /// <summary>A request with this key is still being processed.</summary>
    InFlight,

    /// <summary>A request with this key completed; its answer is stored.</summary>
    Completed,

    /// <summary>The key was used with a different request body.</summary>
    Mismatch,
}

/// <summary>
/// Idempotency keys for creates, kept in the database so every instance sees them. Keys are scoped
/// to the caller and the path, and expire after <see cref="Lifetime"/>.
/// </summary>
public interface IIdempotencyStore
{
    static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    Task<(IdempotencyState State, StoredResponse? Response)> BeginAsync(string scope, string key, string requestHash, CancellationToken cancellationToken);

    Task CompleteAsync(string scope, string key, StoredResponse response, CancellationToken cancellationToken);

    /// <summary>Forgets a key whose request failed, so the client may retry with it.</summary>
    Task ReleaseAsync(string scope, string key, CancellationToken cancellationToken);
}
