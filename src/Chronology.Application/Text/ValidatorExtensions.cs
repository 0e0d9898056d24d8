using FluentValidation;

namespace Chronology.Application.Text;

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
    /// A name, alias or title: no invisible or direction-control character (<see cref="TextInput.FindInvisible"/>).
    /// The message names the character and its index (UTF-16 code units from 0, as JavaScript counts), so
    /// the client can see what it cannot see.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> HasNoInvisibleCharacter<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must((_, value, context) =>
        {
            if (TextInput.FindInvisible(value) is not { } found)
            {
                return true;
            }

            context.MessageFormatter.AppendArgument("Character", TextInput.Describe(found.Character));
            context.MessageFormatter.AppendArgument("Index", found.Index);
            return false;
        }).WithMessage("'{PropertyName}' contains {Character} at index {Index}; names and titles may not hold invisible, control or direction-control characters.");

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
