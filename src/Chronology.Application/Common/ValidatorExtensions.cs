using FluentValidation;

namespace Chronology.Application.Common;

public static class ValidatorExtensions
{
    /// <summary>The value must name a member of <typeparamref name="TEnum"/> (any case); the message lists the valid names.</summary>
    public static IRuleBuilderOptions<T, string?> IsEnumName<T, TEnum>(this IRuleBuilder<T, string?> rule) where TEnum : struct, Enum =>
        rule.Must(value => value is null || Enum.GetNames<TEnum>().Contains(value, StringComparer.OrdinalIgnoreCase))
            .WithMessage($"'{{PropertyName}}' must be one of: {string.Join(", ", EnumText.Names<TEnum>())}.");

    /// <summary>Parses a value the validator has already accepted.</summary>
    public static TEnum ToEnum<TEnum>(this string value) where TEnum : struct, Enum => Enum.Parse<TEnum>(value, ignoreCase: true);
}
