using FluentValidation;

namespace Chronology.Application.Common;

public static class ValidatorExtensions
{
    /// <summary>The value must name a member of <typeparamref name="TEnum"/> (any case); the message lists the valid names.</summary>
    public static IRuleBuilderOptions<T, string?> IsEnumName<T, TEnum>(this IRuleBuilder<T, string?> rule) where TEnum : struct, Enum =>
        rule.Must(value => value is null || Enum.GetNames<TEnum>().Contains(value, StringComparer.OrdinalIgnoreCase))
            .WithMessage($"'{{PropertyName}}' must be one of: {string.Join(", ", EnumText.Names<TEnum>())}.");

    /// <summary>
    /// Text must not hold U+0000: PostgreSQL cannot store it in a text column and fails the whole write,
    /// where SQLite would keep it. Tabs, line breaks and every other character are fine.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> HasNoNulCharacter<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => value is null || !value.Contains('\0'))
            .WithMessage("'{PropertyName}' must not contain the NUL character (\\u0000).");

    /// <summary>
    /// A name's folded form (<see cref="TextNormalizer"/>) is stored beside it under the same limit, and
    /// folding can lengthen text: a Hangul syllable decomposes into two or three letters.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> FoldsWithin<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.Must(value => value is null || TextNormalizer.Normalize(value).Length <= maxLength)
            .WithMessage($"'{{PropertyName}}' is longer than {maxLength} characters once accents are folded and letters decomposed.");

    /// <summary>Parses a value the validator has already accepted.</summary>
    public static TEnum ToEnum<TEnum>(this string value) where TEnum : struct, Enum => Enum.Parse<TEnum>(value, ignoreCase: true);
}
