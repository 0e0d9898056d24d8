namespace Chronology.Application.Errors;

/// <summary>The resource asked for does not exist (404).</summary>
public sealed class NotFoundException(string resource, object id)
    : Exception($"{resource} {id} was not found.")
{
    public string Resource { get; } = resource;

    public object Id { get; } = id;
}

/// <summary>The request conflicts with the current state, e.g. deleting a place still in use (409).</summary>
public sealed class ConflictException(string message, IReadOnlyDictionary<string, object?>? details = null)
    : Exception(message)
{
    public IReadOnlyDictionary<string, object?> Details { get; } = details ?? new Dictionary<string, object?>();
}

/// <summary>The client's If-Match no longer names the current version (412).</summary>
public sealed class PreconditionFailedException(string message) : Exception(message)
{
    public PreconditionFailedException(string resource, object id, int currentVersion)
        : this($"{resource} {id} has changed since you read it; it is now at version {currentVersion}. Read it again and retry.")
    {
    }
}

/// <summary>The request is well-formed but cannot be carried out on this content, e.g. a document without text (422).</summary>
public sealed class UnprocessableException(string title, string message) : Exception(message)
{
    public string Title { get; } = title;
}

/// <summary>The body is of a media type the endpoint cannot read (415).</summary>
public sealed class UnsupportedMediaTypeException(string message) : Exception(message);
