using Chronology.Application.Text;
using FluentValidation;

namespace Chronology.Application.Forces;

/// <summary>The body of <c>POST /api/v1/forces</c> and <c>PUT /api/v1/forces/{id}</c>. Server-owned members are ignored.</summary>
public sealed record ForceRequest
{
    /// <summary>The name the chronology uses, up to 200 characters.</summary>
    /// <example>Peshmerga</example>
    public string? Name { get; init; }

    /// <summary>Short form, up to 32 characters.</summary>
    public string? Abbreviation { get; init; }

    /// <summary>Other names (up to 50); none may already name another force.</summary>
    /// <example>["Kurdistan Region Peshmerga"]</example>
    public IReadOnlyList<string>? Aliases { get; init; }

    /// <summary>state, stateArmy, militia, coalition, jihadistGroup, alliance, council or armedGroup.</summary>
    /// <example>stateArmy</example>
    public string? Kind { get; init; }

    /// <summary>The force this one belongs to, or null.</summary>
    public int? ParentId { get; init; }

    /// <summary>This request with its text in normalisation form C (<see cref="TextInput.Nfc(string?)"/>).</summary>
    public ForceRequest ToNfc() =>
        this with { Name = TextInput.Nfc(Name), Abbreviation = TextInput.Nfc(Abbreviation), Aliases = TextInput.Nfc(Aliases) };
}

public sealed class ForceRequestValidator : AbstractValidator<ForceRequest>
{
    public const int MaxAliases = 50;

    public ForceRequestValidator()
    {
        RuleFor(f => f.Name).NotEmpty().MaximumLength(ForceLimits.NameMaxLength)
            .Must(n => TextNormalizer.Normalize(n).Length > 0).When(f => !string.IsNullOrWhiteSpace(f.Name), ApplyConditionTo.CurrentValidator)
            .WithMessage("'name' needs at least one letter or digit.")
            .HasNoInvisibleCharacter().FoldsWithin(ForceLimits.NameMaxLength);
        RuleFor(f => f.Abbreviation).MaximumLength(ForceLimits.AbbreviationMaxLength).HasNoInvisibleCharacter().FoldsWithin(ForceLimits.AbbreviationMaxLength);
        RuleFor(f => f.Aliases).Must(a => a!.Count <= MaxAliases).When(f => f.Aliases is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage($"At most {MaxAliases} aliases.");
        RuleForEach(f => f.Aliases).NotEmpty().MaximumLength(ForceLimits.NameMaxLength)
            .Must(a => TextNormalizer.Normalize(a).Length > 0).WithMessage("An alias needs at least one letter or digit.")
            .HasNoInvisibleCharacter().FoldsWithin(ForceLimits.NameMaxLength);
        RuleFor(f => f.Kind).NotEmpty().IsEnumName<ForceRequest, ForceKind>();
        RuleFor(f => f.ParentId).GreaterThan(0).When(f => f.ParentId is not null, ApplyConditionTo.CurrentValidator);
    }
}
