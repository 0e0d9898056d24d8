using Chronology.Application.Writing;


namespace Chronology.Application.Sources;

/// <summary>A document events are drawn from. Its full text, where known, is what quotes are checked against.</summary>
public sealed class Source : Auditable
{
    public required string Title { get; set; }

    public string? Publisher { get; set; }

    public string? Url { get; set; }

    public DateOnly? PublishedOn { get; set; }

    /// <summary>BCP 47 language tag, e.g. "en".</summary>
    public required string Language { get; set; }

    public string? Text { get; set; }
}
