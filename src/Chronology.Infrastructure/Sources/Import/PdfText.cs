using System.Text;
using Chronology.Application.Errors;
using Chronology.Application.Sources;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Chronology.Infrastructure.Sources.Import;

/// <summary>A PDF's text layer, page after page in reading order (PdfPig); the title and creation date from its metadata.</summary>
public static class PdfText
{
    public static ImportedDocument Read(byte[] bytes, string fileName)
    {
        try
        {
            using var pdf = PdfDocument.Open(bytes);
            var text = new StringBuilder();
            foreach (var page in pdf.GetPages())
            {
                text.Append(ContentOrderTextExtractor.GetText(page)).Append("\n\n");
            }

            DateOnly? created = pdf.Information.GetCreatedDateTimeOffset() is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : null;
            return new ImportedDocument(text.ToString(), pdf.Information.Title, created, null, "pdf");
        }
        catch (Exception exception) when (exception is not UnprocessableException and not OperationCanceledException)
        {
            // PdfPig throws its own exception types for damaged, encrypted or truncated files.
            throw new UnprocessableException("The PDF could not be read.",
                $"'{fileName}' starts like a PDF but could not be read (damaged, truncated or encrypted). Save it again as PDF, or send its text.");
        }
    }
}
