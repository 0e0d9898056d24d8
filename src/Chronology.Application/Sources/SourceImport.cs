using Chronology.Application.Errors;

namespace Chronology.Application.Sources;

/// <summary>An uploaded document and the members the editor gave with it.</summary>
public sealed record SourceImportRequest(
    Stream Content,
    string FileName,
    string? ContentType,
    string? Title,
    string? Url,
    string? Publisher,
    string? PublishedOn,
    string? Language);

/// <summary>What a document reader found: the text, and the title, date, language, address and publisher where the document states them.</summary>
public sealed record ImportedDocument(
    string Text, string? Title, DateOnly? PublishedOn, string? Language, string Format, string? Url = null, string? Publisher = null);

/// <summary>Turns an uploaded file (plain text, Markdown, HTML, PDF) into a source's text.</summary>
public interface IDocumentReader
{
    /// <exception cref="UnsupportedMediaTypeException">The file is none of the formats read.</exception>
    /// <exception cref="UnprocessableException">The file is empty, binary, or has no text (a scanned PDF).</exception>
    Task<ImportedDocument> ReadAsync(Stream content, string fileName, string? contentType, CancellationToken cancellationToken);
}
