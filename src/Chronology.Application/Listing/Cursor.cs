using System.Security.Cryptography;
using System.Text;
using FluentValidation;
using FluentValidation.Results;

namespace Chronology.Application.Listing;

/// <summary>
/// Opaque keyset cursors: the sort key of the last item of a page, bound to the list and the query it
/// came from, with a checksum so that an edited or truncated cursor is refused (400) instead of
/// silently paging from somewhere else.
/// </summary>
public static class Cursor
{
    private const char Separator = '\u001f';

    public static string Encode(string scope, params string[] keyParts)
    {
        var payload = string.Join(Separator, keyParts);
        var bytes = Encoding.UTF8.GetBytes(payload + Separator + Checksum(scope, payload));
        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>Returns the key parts of a cursor issued for <paramref name="scope"/>, or throws a validation error.</summary>
    public static string[] Decode(string cursor, string scope, int expectedParts)
    {
        var parts = TryDecode(cursor);
        if (parts is null || parts.Length != expectedParts + 1)
        {
            throw Invalid();
        }

        var payload = string.Join(Separator, parts[..^1]);
        if (!CryptographicOperations.FixedTimeEquals(
                Encoding.UTF8.GetBytes(parts[^1]), Encoding.UTF8.GetBytes(Checksum(scope, payload))))
        {
            throw Invalid();
        }

        return parts[..^1];
    }

    public static ValidationException Invalid() => new(
    [
        new ValidationFailure("cursor",
            "The cursor is not one this list issued for this query. Use the nextCursor of the previous page unchanged, with the same filters and sort, or start again without a cursor."),
    ]);

    private static string[]? TryDecode(string cursor)
    {
        if (cursor.Length is 0 or > 1024)
        {
            return null;
        }

        var base64 = cursor.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
        var buffer = new byte[base64.Length];
        if (!Convert.TryFromBase64String(base64, buffer, out var written))
        {
            return null;
        }

        // Key parts are dates, numbers and folded names: a control character (NUL, which PostgreSQL
        // refuses as a parameter, among them) means the cursor was made by hand, checksum or not.
        var parts = Encoding.UTF8.GetString(buffer, 0, written).Split(Separator);
        return parts.Any(part => part.Any(char.IsControl)) ? null : parts;
    }

    // The scope (list and query) is hashed in, not carried: a cursor from another query fails the check.
    private static string Checksum(string scope, string payload) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("chronology-cursor-v1" + Separator + scope + Separator + payload)), 0, 8);
}
