using System.Text.Json.Serialization;
using Chronology.Application.Listing;

namespace Chronology.Application.Forces;

/// <summary>A force.</summary>
/// <param name="Id">Server-assigned id.</param>
/// <param name="Name">The name the chronology uses.</param>
/// <param name="Abbreviation">Short form, e.g. YPG.</param>
/// <param name="Aliases">Other names; each finds this force.</param>
/// <param name="Kind">What sort of body.</param>
/// <param name="ParentId">The force this one belongs to, e.g. YPJ → SDF.</param>
/// <param name="CreatedAt">When the record was created (UTC).</param>
/// <param name="UpdatedAt">When the record last changed (UTC).</param>
/// <param name="Version">Concurrency version; the ETag carries it too.</param>
public sealed record ForceResponse(
    int Id,
    string Name,
    string? Abbreviation,
    IReadOnlyList<string> Aliases,
    ForceKind Kind,
    int? ParentId,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    int Version)
{
    /// <summary>On a single force: the force it belongs to.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ForceSummary? Parent { get; init; }

    /// <summary>On a single force: the forces that belong to it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ForceSummary>? Members { get; init; }
}

/// <summary>A force as a parent or member.</summary>
public sealed record ForceSummary(int Id, string Name, string? Abbreviation, ForceKind Kind);

/// <summary>A force found by name, abbreviation or alias.</summary>
public sealed record ForceMatch(int Id, string Name, string? Abbreviation, ForceKind Kind);

/// <summary>The query string of <c>GET /api/v1/forces</c>.</summary>
public sealed record ForceListRequest
{
    /// <summary>Text in a name, abbreviation or alias (case- and accent-insensitive).</summary>
    /// <example>daesh</example>
    public string? Q { get; init; }

    /// <summary>Only forces of this kind, e.g. <c>militia</c>.</summary>
    public string? Kind { get; init; }

    /// <summary>Page size, 1–500 (default 50).</summary>
    public int? Limit { get; init; }

    /// <summary>The <c>nextCursor</c> of the previous page.</summary>
    public string? Cursor { get; init; }
}

/// <summary>A force list query after parsing.</summary>
public sealed record ForceQuery(string? Text, ForceKind? Kind, NameCursor? After, int Take);
