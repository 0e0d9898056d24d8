using System.Text.Json;

namespace Chronology.IntegrationTests.Infrastructure;

/// <summary>What the database keeps for itself (seed keys, folded search text, hierarchy paths, folded names), which no answer may show.</summary>
public static class InternalColumns
{
    public static readonly string[] Names = ["seedKey", "searchText", "path", "normalizedName", "effectiveEnd", "spanDays"];

    /// <summary>The internal member names anywhere in the JSON, compared ignoring case.</summary>
    public static IEnumerable<string> Find(JsonElement element) =>
        MemberNames(element).Where(n => Names.Contains(n, StringComparer.OrdinalIgnoreCase)).Distinct();

    private static IEnumerable<string> MemberNames(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => MemberNames(p.Value).Prepend(p.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(MemberNames),
        _ => [],
    };
}
