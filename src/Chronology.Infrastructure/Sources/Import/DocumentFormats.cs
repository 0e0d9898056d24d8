using System.Text;
using Chronology.Application.Errors;

namespace Chronology.Infrastructure.Sources.Import;

public enum DocumentFormat
{
    Text,
    Markdown,
    Html,
    Pdf,
}

/// <summary>Tells which reader a file needs, and refuses what none of them reads.</summary>
public static class DocumentFormats
{
    private static readonly (byte[] Magic, string Kind)[] Refused =
    [
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ("GIF8"u8.ToArray(), "a GIF image"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (Word, OpenDocument and EPUB files are ZIP archives)"),
        ([0xD0, 0xCF, 0x11, 0xE0], "an old Microsoft Office file"),
        ([0x1F, 0x8B], "a gzip archive"),
        ("{\\rtf"u8.ToArray(), "an RTF document"),
    ];

    public static DocumentFormat Detect(byte[] bytes, string fileName, string? contentType)
    {
        if (bytes.AsSpan().StartsWith("%PDF-"u8))
        {
            return DocumentFormat.Pdf;
        }

        foreach (var (magic, kind) in Refused)
        {
            if (bytes.AsSpan().StartsWith(magic))
            {
                throw new UnsupportedMediaTypeException($"'{fileName}' is {kind}. Send plain text, Markdown, HTML or PDF.");
            }
        }

        var mediaType = contentType?.Split(';')[0].Trim().ToLowerInvariant();
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (mediaType == "application/pdf" || extension == ".pdf")
        {
            throw new UnprocessableException("The file is not a PDF.", $"'{fileName}' is named or sent as a PDF but does not start like one (%PDF-).");
        }

        if (mediaType is "text/html" or "application/xhtml+xml" || extension is ".html" or ".htm" or ".xhtml" || LooksLikeHtml(bytes))
        {
            return DocumentFormat.Html;
        }

        if (mediaType is "text/markdown" or "text/x-markdown" || extension is ".md" or ".markdown")
        {
            return DocumentFormat.Markdown;
        }

        return mediaType is null or "text/plain" or "application/octet-stream" || mediaType.StartsWith("text/", StringComparison.Ordinal)
            ? DocumentFormat.Text
            : throw new UnsupportedMediaTypeException(
                $"'{fileName}' was sent as '{mediaType}', which the import does not read. Send plain text (text/plain), Markdown (text/markdown), HTML (text/html) or PDF (application/pdf).");
    }

    private static bool LooksLikeHtml(byte[] bytes)
    {
        var head = Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 512)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }
}
