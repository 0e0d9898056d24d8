using System.Globalization;

namespace Chronology.Floor;

/// <summary>Places and forces by id, folded name or alias, as the API's NameLookup finds them: exactly one match or none.</summary>
public sealed class NameResolver(FloorDb db)
{
    public sealed record Match(int Id, string Path);

    public Task<Match?> PlaceAsync(string text, CancellationToken cancellationToken) => FindAsync(text,
        "SELECT p.\"Id\", p.\"Path\" FROM \"Places\" p WHERE p.\"Id\" = @id OR p.\"NormalizedName\" = @name OR EXISTS " +
        "(SELECT 1 FROM \"PlaceAliases\" a WHERE a.\"PlaceId\" = p.\"Id\" AND a.\"NormalizedName\" = @name) ORDER BY p.\"Id\"",
        cancellationToken);

    public Task<Match?> ForceAsync(string text, CancellationToken cancellationToken) => FindAsync(text,
        "SELECT f.\"Id\", '' FROM \"Forces\" f WHERE f.\"Id\" = @id OR f.\"NormalizedName\" = @name OR f.\"NormalizedAbbreviation\" = @name OR EXISTS " +
        "(SELECT 1 FROM \"ForceAliases\" a WHERE a.\"ForceId\" = f.\"Id\" AND a.\"NormalizedName\" = @name) ORDER BY f.\"Id\"",
        cancellationToken);

    private async Task<Match?> FindAsync(string text, string sql, CancellationToken cancellationToken)
    {
        var id = int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : (int?)null;
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var command = connection.Command(sql).Add("@id", id).Add("@name", Rules.Fold(text));
        var matches = new List<Match>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                matches.Add(new Match(reader.GetInt32(0), reader.GetString(1)));
            }
        }

        var byId = matches.Where(m => m.Id == id).ToList();
        return byId.Count == 1 ? byId[0] : matches.Count == 1 ? matches[0] : null;
    }
}
