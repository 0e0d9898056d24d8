using System.Text;
using Chronology.Application.Errors;
using Chronology.Application.Sources;

namespace Chronology.Infrastructure.Sources.Import;

/// <summary>
/// Reads an uploaded file as plain text, Markdown, HTML or PDF. The format is told by the file's first
/// bytes where they are unambiguous (PDF, images, archives), else by the Content-Type and the file name.
/// Every text comes out NFC-normalised with <c>\n</c> line ends, so quotes compare as they look.
/// </summary>
public sealed class DocumentReader : IDocumentReader
{
    private const string Supported = "Send plain text (.txt), Markdown (.md), HTML (.html) or PDF (.pdf).";

    public async Task<ImportedDocument> ReadAsync(Stream content, string fileName, string? contentType, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        if (bytes.Length == 0)
        {
            throw new UnprocessableException("The file is empty.", $"'{fileName}' has no content. {Supported}");
        }

        var document = DocumentFormats.Detect(bytes, fileName, contentType) switch
        {
            DocumentFormat.Pdf => PdfText.Read(bytes, fileName),
            DocumentFormat.Html => HtmlText.Read(Decode(bytes, fileName)),
            DocumentFormat.Markdown => MarkdownText.Read(Decode(bytes, fileName)),
            _ => PlainText.Read(Decode(bytes, fileName)),
        };

        var text = TextCleanup.Normalize(document.Text);
        return string.IsNullOrWhiteSpace(text)
            ? throw new UnprocessableException("The document has no text.",
                $"No text could be read from '{fileName}' ({document.Format}). A scanned PDF needs OCR first; an HTML page needs its article in the page itself, not loaded by script.")
            : document with { Text = text, Title = Clean(document.Title) };
    }

    private static string? Clean(string? title) =>
        string.IsNullOrWhiteSpace(title) ? null : TextCleanup.CollapseSpaces(title.Normalize(NormalizationForm.FormC)).Trim();

    // Text files are UTF-8 (a BOM says otherwise for UTF-16); bytes that are not valid text mean a binary file.
    private static string Decode(byte[] bytes, string fileName)
    {
        string text;
        try
        {
            text = bytes switch
            {
                [0xFF, 0xFE, ..] => new UnicodeEncoding(false, true, true).GetString(bytes, 2, bytes.Length - 2),
                [0xFE, 0xFF, ..] => new UnicodeEncoding(true, true, true).GetString(bytes, 2, bytes.Length - 2),
                [0xEF, 0xBB, 0xBF, ..] => new UTF8Encoding(false, true).GetString(bytes, 3, bytes.Length - 3),
                _ => new UTF8Encoding(false, true).GetString(bytes),
            };
        }
        catch (DecoderFallbackException)
        {
            throw NotText(fileName);
        }

        var controls = text.Count(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'));
        return controls > 0 && (text.Contains('\0') || controls * 100 > text.Length) ? throw NotText(fileName) : text;
    }

    private static UnprocessableException NotText(string fileName) => new("The file is not text.",
        $"'{fileName}' is not UTF-8 text: it looks like a binary file. {Supported}");
}
