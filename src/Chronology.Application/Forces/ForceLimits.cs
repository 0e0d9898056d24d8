namespace Chronology.Application.Forces;

/// <summary>Lengths of a force's names: one definition for validation and storage.</summary>
public static class ForceLimits
{
    /// <summary>A name or an alias, as given and folded.</summary>
    public const int NameMaxLength = 200;

    public const int AbbreviationMaxLength = 32;
}
