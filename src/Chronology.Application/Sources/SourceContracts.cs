namespace Chronology.Application.Sources;

/// <summary>A source document.</summary>
/// <param name="Id">Server-assigned id.</param>
/// <param name="Title">The document's title as published.</param>
/// <param name="Publisher">Who published it.</param>
/// <param name="Url">Where it was published.</param>
/// <param name="PublishedOn">Publication date, where known.</param>
/// <param name="Language">Language tag, e.g. "en".</param>
/// <param name="Text">The full text; citation quotes are exact substrings of it.</param>
/// <param name="CreatedAt">When the record was created (UTC).</param>
/// <param name="UpdatedAt">When the record last changed (UTC).</param>
/// <param name="Version">Concurrency version; the ETag carries it too.</param>
public sealed record SourceResponse(
    int Id,
    string Title,
    string? Publisher,
    string? Url,
    DateOnly? PublishedOn,
    string Language,
    string? Text,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    int Version);

/// <summary>The query string of <c>GET /api/v1/sources</c>.</summary>
public sealed record SourceListRequest
{
    /// <summary>Page size, 1–500 (default 50).</summary>
    public int? Limit { get; init; }

    /// <summary>The <c>nextCursor</c> of the previous page.</summary>
    public string? Cursor { get; init; }
}

/// <summary>A source as the API shows it.</summary>
public static class SourceMapping
{
    public static SourceResponse ToResponse(this Source s) => new(
        s.Id, s.Title, s.Publisher, s.Url, s.PublishedOn, s.Language, s.Text, s.CreatedAt, s.UpdatedAt, s.Version);
}
