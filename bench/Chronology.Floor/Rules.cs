using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Chronology.Floor;

/// <summary>
/// The API's small rules, copied so the floor answers the same URLs with the same bytes: text folding
/// (Application/Common/TextNormalizer), date bounds (DateBound), date spans (EventDates) and keyset
/// cursors (Cursor + EventQueryBuilder.CursorAfter).
/// </summary>
public static class Rules
{
    private const char Separator = '\u001f';
    private static readonly string[] BoundFormats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];

    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var folded = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace && folded.Length > 0)
            {
                folded.Append(' ');
            }

            pendingSpace = false;
            folded.Append(char.ToLowerInvariant(c) switch { 'ı' => 'i', 'ł' => 'l', 'ø' => 'o', 'đ' => 'd', var x => x });
        }

        return folded.ToString();
    }

    /// <summary>"2015" → 2015-01-01 (or 2015-12-31 at the end of a window), "2015-02" → 2015-02-01 (2015-02-28).</summary>
    public static bool TryParseBound(string text, bool atEnd, out DateOnly date)
    {
        date = default;
        text = text.Trim();
        if (!DateTime.TryParseExact(text, BoundFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        var first = DateOnly.FromDateTime(parsed);
        date = (text.Length, atEnd) switch
        {
            (4, true) => new DateOnly(first.Year, 12, 31),
            (7, true) => new DateOnly(first.Year, first.Month, DateTime.DaysInMonth(first.Year, first.Month)),
            _ => first,
        };
        return true;
    }

    public static DateOnly EffectiveEnd(DateOnly start, DateOnly? end, string precision) => end ?? precision switch
    {
        "Year" => new DateOnly(start.Year, 12, 31),
        "Month" => new DateOnly(start.Year, start.Month, DateTime.DaysInMonth(start.Year, start.Month)),
        _ => start,
    };

    public static bool IsStartOfPeriod(DateOnly start, string precision) => precision switch
    {
        "Year" => start is { Month: 1, Day: 1 },
        "Month" => start.Day == 1,
        _ => true,
    };

    public static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    public static string EncodeCursor(string scope, DateOnly start, DateTime updatedAt, int id)
    {
        var payload = string.Join(Separator,
            start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            updatedAt.Ticks.ToString(CultureInfo.InvariantCulture),
            id.ToString(CultureInfo.InvariantCulture));
        var bytes = Encoding.UTF8.GetBytes(payload + Separator + Checksum(scope, payload));
        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>The (start, id) a cursor continues after, or null when it was not issued for this scope.</summary>
    public static (DateOnly Start, int Id)? DecodeCursor(string cursor, string scope)
    {
        var base64 = cursor.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
        var buffer = new byte[base64.Length];
        if (cursor.Length > 1024 || !Convert.TryFromBase64String(base64, buffer, out var written))
        {
            return null;
        }

        var parts = Encoding.UTF8.GetString(buffer, 0, written).Split(Separator);
        if (parts.Length != 4
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(parts[3]), Encoding.UTF8.GetBytes(Checksum(scope, string.Join(Separator, parts[..3]))))
            || !DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return null;
        }

        return (start, id);
    }

    private static string Checksum(string scope, string payload) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("chronology-cursor-v1" + Separator + scope + Separator + payload)), 0, 8);
}
