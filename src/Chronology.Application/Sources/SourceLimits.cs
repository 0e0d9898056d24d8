namespace Chronology.Application.Sources;

/// <summary>Lengths of a source's members: one definition for validation, storage and import.</summary>
public static class SourceLimits
{
    public const int TitleMaxLength = 400;
    public const int PublisherMaxLength = 200;
    public const int UrlMaxLength = 2000;
    public const int LanguageMaxLength = 35;

    /// <summary>A source's text, in characters: a long report or a book chapter (4 MB of ASCII).</summary>
    public const int TextMaxLength = 4_000_000;

    /// <summary>An imported file, in bytes: room for a PDF whose text is a fraction of its size.</summary>
    public const long ImportFileMaxBytes = 32 * 1024 * 1024;
}
