using System.Globalization;
using FluentValidation;
using FluentValidation.Results;

namespace Chronology.Application.Text;

/// <summary>
/// Resolves what a client wrote for a place or force — an id, a name or an alias — to exactly one
/// record. Unknown and ambiguous names are 400s that say so and, when ambiguous, list the candidates.
/// </summary>
public static class NameLookup
{
    public delegate Task<IReadOnlyList<T>> Finder<T>(int? id, string normalizedName, CancellationToken cancellationToken);

    public static async Task<T> ResolveAsync<T>(
        string text,
        string field,
        string noun,
        Finder<T> find,
        Func<T, int> idOf,
        Func<T, string> describe,
        CancellationToken cancellationToken)
    {
        var id = int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : (int?)null;
        var matches = await find(id, TextNormalizer.Normalize(text), cancellationToken);

        // An id wins over a name that happens to be the same digits.
        var byId = matches.Where(m => idOf(m) == id).ToList();
        if (byId.Count == 1)
        {
            return byId[0];
        }

        return matches.Count switch
        {
            1 => matches[0],
            0 => throw new ValidationException(
            [
                new ValidationFailure(field, $"No {noun} has the id, name or alias '{Shorten(text)}'. Search GET /api/v1/{noun.Replace(' ', '-')}s?q=… to find it."),
            ]),
            _ => throw new ValidationException(
            [
                new ValidationFailure(field, $"'{Shorten(text)}' names more than one {noun}: {string.Join("; ", matches.Select(m => $"{describe(m)} (id {idOf(m)})"))}. Use the id.")
                {
                    CustomState = matches.Select(m => new { id = idOf(m), name = describe(m) }).ToList(),
                },
            ]),
        };
    }

    private static string Shorten(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
