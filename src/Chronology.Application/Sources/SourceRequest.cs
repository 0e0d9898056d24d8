using Chronology.Application.Text;
using FluentValidation;

namespace Chronology.Application.Sources;

/// <summary>The body of <c>POST /api/v1/sources</c> and <c>PUT /api/v1/sources/{id}</c>. Server-owned members are ignored.</summary>
public sealed record SourceRequest
{
    /// <summary>The document's title as published, up to 400 characters.</summary>
    /// <example>Iraqi forces retake Tikrit</example>
    public string? Title { get; init; }

    /// <summary>Who published it.</summary>
    /// <example>Hawar News Agency (ANHA)</example>
    public string? Publisher { get; init; }

    /// <summary>Where it was published: an absolute http or https address.</summary>
    /// <example>https://example.org/article</example>
    public string? Url { get; init; }

    /// <summary>Publication date, YYYY-MM-DD, where known.</summary>
    public DateOnly? PublishedOn { get; init; }

    /// <summary>Language tag (BCP 47), e.g. "en" or "ar".</summary>
    /// <example>en</example>
    public string? Language { get; init; }

    /// <summary>The full text, up to 4,000,000 characters; citation quotes must appear in it verbatim.</summary>
    public string? Text { get; init; }

    /// <summary>
    /// This request with its text in normalisation form C (<see cref="TextInput.Nfc(string?)"/>), the form
    /// imported documents and citation quotes take too, so a quote typed either way is found in the text.
    /// </summary>
    public SourceRequest ToNfc() => this with { Title = TextInput.Nfc(Title), Publisher = TextInput.Nfc(Publisher), Text = TextInput.Nfc(Text) };
}

public sealed class SourceRequestValidator : AbstractValidator<SourceRequest>
{
    public SourceRequestValidator()
    {
        RuleFor(s => s.Title).NotEmpty().MaximumLength(SourceLimits.TitleMaxLength).HasNoInvisibleCharacter();
        RuleFor(s => s.Publisher).MaximumLength(SourceLimits.PublisherMaxLength).HasNoInvisibleCharacter();
        RuleFor(s => s.Url).MaximumLength(SourceLimits.UrlMaxLength).HasNoNulCharacter()
            .Must(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            .When(s => s.Url is not null, ApplyConditionTo.CurrentValidator).WithMessage("'url' must be an absolute http or https address.");
        RuleFor(s => s.Language).NotEmpty().MaximumLength(SourceLimits.LanguageMaxLength)
            .Matches("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$").WithMessage("'language' must be a language tag such as en, ar or ku-Latn.");
        RuleFor(s => s.Text).MaximumLength(SourceLimits.TextMaxLength).HasNoNulCharacter();
    }
}
