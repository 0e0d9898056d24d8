using Chronology.Application.Text;
using FluentValidation;

namespace Chronology.Application.Places;

/// <summary>The body of <c>POST /api/v1/places</c> and <c>PUT /api/v1/places/{id}</c>. Server-owned members are ignored.</summary>
public sealed record PlaceRequest
{
    /// <summary>The name the chronology uses, up to 200 characters.</summary>
    /// <example>Tel Tamr</example>
    public string? Name { get; init; }

    /// <summary>Other names and transliterations (up to 50); none may already name another place.</summary>
    /// <example>["Tell Tamer", "Tal Tamr"]</example>
    public IReadOnlyList<string>? Aliases { get; init; }

    /// <summary>country, governorate, region, canton, district, city, town, village, dam, militaryBase, river or area.</summary>
    /// <example>town</example>
    public string? Kind { get; init; }

    /// <summary>The place this one lies in; null only for a country.</summary>
    public int? ParentId { get; init; }

    /// <summary>Latitude in degrees, -90..90 (give both coordinates or neither).</summary>
    /// <example>36.6542</example>
    public double? Lat { get; init; }

    /// <summary>Longitude in degrees, -180..180.</summary>
    /// <example>40.3725</example>
    public double? Lon { get; init; }

    /// <summary>This request with its text in normalisation form C (<see cref="TextInput.Nfc(string?)"/>).</summary>
    public PlaceRequest ToNfc() => this with { Name = TextInput.Nfc(Name), Aliases = TextInput.Nfc(Aliases) };
}

public sealed class PlaceRequestValidator : AbstractValidator<PlaceRequest>
{
    public const int MaxAliases = 50;

    public PlaceRequestValidator()
    {
        RuleFor(p => p.Name).NotEmpty().MaximumLength(PlaceLimits.NameMaxLength)
            .Must(n => TextNormalizer.Normalize(n).Length > 0).When(p => !string.IsNullOrWhiteSpace(p.Name), ApplyConditionTo.CurrentValidator)
            .WithMessage("'name' needs at least one letter or digit.")
            .HasNoInvisibleCharacter().FoldsWithin(PlaceLimits.NameMaxLength);
        RuleFor(p => p.Aliases).Must(a => a!.Count <= MaxAliases).When(p => p.Aliases is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage($"At most {MaxAliases} aliases.");
        RuleForEach(p => p.Aliases).NotEmpty().MaximumLength(PlaceLimits.NameMaxLength)
            .Must(a => TextNormalizer.Normalize(a).Length > 0).WithMessage("An alias needs at least one letter or digit.")
            .HasNoInvisibleCharacter().FoldsWithin(PlaceLimits.NameMaxLength);
        RuleFor(p => p.Kind).NotEmpty().IsEnumName<PlaceRequest, PlaceKind>();
        RuleFor(p => p.ParentId).GreaterThan(0).When(p => p.ParentId is not null, ApplyConditionTo.CurrentValidator);
        RuleFor(p => p.Lat).InclusiveBetween(-90, 90);
        RuleFor(p => p.Lon).InclusiveBetween(-180, 180);
        RuleFor(p => p.Lat).NotNull().When(p => p.Lon is not null, ApplyConditionTo.CurrentValidator).WithMessage("Give 'lat' with 'lon', or neither.");
        RuleFor(p => p.Lon).NotNull().When(p => p.Lat is not null, ApplyConditionTo.CurrentValidator).WithMessage("Give 'lon' with 'lat', or neither.");
    }
}
