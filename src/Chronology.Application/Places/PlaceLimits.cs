namespace Chronology.Application.Places;

/// <summary>Lengths of a place's names: one definition for validation and storage.</summary>
public static class PlaceLimits
{
    /// <summary>A name or an alias, as given and folded.</summary>
    public const int NameMaxLength = 200;
}
