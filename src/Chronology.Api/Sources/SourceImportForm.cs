namespace Chronology.Api.Sources;

/// <summary>The multipart form of <c>POST /api/v1/sources/import</c>.</summary>
public sealed record SourceImportForm
{
    /// <summary>The document: plain text (.txt), Markdown (.md), HTML (.html) or PDF (.pdf), up to 32 MB.</summary>
    public IFormFile? File { get; init; }

    /// <summary>The title; by default the document's own (HTML title, PDF metadata, first Markdown heading, a TITLE: line) or the file name.</summary>
    public string? Title { get; init; }

    /// <summary>Where it was published: an absolute http or https address.</summary>
    public string? Url { get; init; }

    /// <summary>Who published it.</summary>
    public string? Publisher { get; init; }

    /// <summary>Publication date, YYYY-MM-DD; by default the document's own where it states one.</summary>
    public string? PublishedOn { get; init; }

    /// <summary>Language tag (BCP 47); by default the page's <c>lang</c>, else <c>en</c>.</summary>
    public string? Language { get; init; }
}
