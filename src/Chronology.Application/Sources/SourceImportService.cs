using System.Globalization;
using FluentValidation;
using FluentValidation.Results;

namespace Chronology.Application.Sources;

/// <summary>
/// Imports a document as a source: the reader turns the file into text, the editor's members win over
/// what the document states, and the source is created through the same rules as <c>POST /sources</c>.
/// </summary>
public sealed class SourceImportService(IDocumentReader reader, SourceService sources)
{
    public async Task<SourceResponse> ImportAsync(SourceImportRequest request, CancellationToken cancellationToken)
    {
        DateOnly? publishedOn = null;
        if (!string.IsNullOrWhiteSpace(request.PublishedOn))
        {
            publishedOn = DateOnly.TryParseExact(request.PublishedOn.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : throw new ValidationException([new ValidationFailure("publishedOn", "'publishedOn' must be a date, YYYY-MM-DD.")]);
        }

        var document = await reader.ReadAsync(request.Content, request.FileName, request.ContentType, cancellationToken);
        var title = Blank(request.Title) ?? document.Title ?? Path.GetFileNameWithoutExtension(request.FileName);
        return await sources.CreateAsync(new SourceRequest
        {
            Title = title.Length > SourceLimits.TitleMaxLength ? title[..SourceLimits.TitleMaxLength] : title,
            Url = Blank(request.Url) ?? document.Url,
            Publisher = Blank(request.Publisher) ?? document.Publisher,
            PublishedOn = publishedOn ?? document.PublishedOn,
            Language = Blank(request.Language) ?? document.Language ?? "en",
            Text = document.Text,
        }, cancellationToken);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
