using System.ComponentModel.DataAnnotations;

namespace Chronology.Api.Auth;

/// <summary>The <c>Auth</c> configuration section: editor API keys (as hashes) and an optional JWT issuer.</summary>
public sealed class AuthOptions : IValidatableObject
{
    public const string SectionName = "Auth";

    /// <summary>API keys, each stored as the SHA-256 of the key (lowercase hex of its UTF-8 bytes). Empty: read-only.</summary>
    public List<ApiKeyOptions> ApiKeys { get; set; } = [];

    public JwtOptions Jwt { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < ApiKeys.Count; i++)
        {
            var key = ApiKeys[i];
            if (string.IsNullOrWhiteSpace(key.Name))
            {
                yield return new ValidationResult($"Auth:ApiKeys:{i}:Name is empty; every key needs a name for the logs.");
            }

            if (key.Sha256 is null || key.Sha256.Length != 64 || !key.Sha256.All(c => char.IsAsciiHexDigitLower(c) || char.IsAsciiDigit(c)))
            {
                yield return new ValidationResult(
                    $"Auth:ApiKeys:{i}:Sha256 must be 64 lowercase hex characters: the SHA-256 of the key, e.g. printf %s \"$KEY\" | sha256sum.");
            }
        }

        if (ApiKeys.Select(k => k.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count() != ApiKeys.Count)
        {
            yield return new ValidationResult("Auth:ApiKeys has two keys with the same Name.");
        }
    }
}

/// <summary>One API key.</summary>
public sealed class ApiKeyOptions
{
    /// <summary>Who holds the key; written to the logs with every change they make.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>SHA-256 of the key, lowercase hex.</summary>
    public string Sha256 { get; set; } = string.Empty;

    /// <summary>Roles the key grants; writes need <c>editor</c>.</summary>
    public List<string> Roles { get; set; } = [];
}

/// <summary>JWT bearer tokens from an identity provider; off while Authority is empty.</summary>
public sealed class JwtOptions
{
    /// <summary>The issuer's address, e.g. https://login.example.org/realms/chronology.</summary>
    public string? Authority { get; set; }

    /// <summary>The audience tokens must be issued for.</summary>
    public string? Audience { get; set; }

    /// <summary>The claim that carries roles.</summary>
    public string RoleClaim { get; set; } = "roles";
}
