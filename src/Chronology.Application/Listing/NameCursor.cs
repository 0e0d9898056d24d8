namespace Chronology.Application.Listing;

/// <summary>Keyset position in a list sorted by folded name, then id.</summary>
public sealed record NameCursor(string NormalizedName, int Id)
{
    public string Encode(string scope) => Cursor.Encode(scope, NormalizedName, Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static NameCursor? Decode(string? cursor, string scope)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }

        var parts = Cursor.Decode(cursor, scope, 2);
        return int.TryParse(parts[1], out var id) ? new NameCursor(parts[0], id) : throw Cursor.Invalid();
    }
}
