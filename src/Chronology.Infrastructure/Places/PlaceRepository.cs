using System.Linq.Expressions;
using Chronology.Application.Places;
using Chronology.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Chronology.Infrastructure.Places;

public sealed class PlaceRepository(ChronologyDbContext db, HotReads reads) : IPlaceRepository
{
    public async Task<IReadOnlyList<PlaceResponse>> ListAsync(PlaceQuery query, CancellationToken cancellationToken)
    {
        var places = db.Places.AsNoTracking();
        if (query.Text is { } text)
        {
            places = places.Where(p => p.NormalizedName.Contains(text) || p.Aliases.Any(a => a.NormalizedName.Contains(text)));
        }

        if (query.Kind is { } kind)
        {
            places = places.Where(p => p.Kind == kind);
        }

        if (query.UnderPath is { } path)
        {
            places = places.Where(p => p.Path.StartsWith(path) && p.Path != path);
        }

        if (query.After is { } after)
        {
            places = places.Where(p => string.Compare(p.NormalizedName, after.NormalizedName) >= 0
                && (string.Compare(p.NormalizedName, after.NormalizedName) > 0 || p.Id > after.Id));
        }

        return await places.OrderBy(p => p.NormalizedName).ThenBy(p => p.Id)
            .Take(query.Take).Select(ToResponse).ToListAsync(cancellationToken);
    }

    public async Task<PlaceResponse?> GetByIdAsync(int id, CancellationToken cancellationToken)
    {
        var place = await db.Places.AsNoTracking().Where(p => p.Id == id).Select(ToResponse).FirstOrDefaultAsync(cancellationToken);
        if (place is null)
        {
            return null;
        }

        var path = await db.Places.Where(p => p.Id == id).Select(p => p.Path).FirstAsync(cancellationToken);
        var ancestorIds = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).Where(i => i != id).ToList();
        var ancestors = await db.Places.AsNoTracking().Where(p => ancestorIds.Contains(p.Id))
            .Select(p => new PlaceSummary(p.Id, p.Name, p.Kind)).ToListAsync(cancellationToken);
        var children = await db.Places.AsNoTracking().Where(p => p.ParentId == id).OrderBy(p => p.NormalizedName)
            .Select(p => new PlaceSummary(p.Id, p.Name, p.Kind)).ToListAsync(cancellationToken);

        return place with
        {
            Ancestors = ancestors.OrderByDescending(a => ancestorIds.IndexOf(a.Id)).ToList(),
            Children = children,
        };
    }

    private const string FindSql = """
        SELECT p."Id", p."Name", p."Kind", p."Path" FROM "Places" p
        WHERE p."Id" IN (
            SELECT "Id" FROM "Places" WHERE "Id" = @id
            UNION ALL SELECT "Id" FROM "Places" WHERE "NormalizedName" = @name
            UNION ALL SELECT "PlaceId" FROM "PlaceAliases" WHERE "NormalizedName" = @name)
        ORDER BY p."Id"
        """;

    /// <summary>
    /// The places with this id, name or alias: three index lookups joined by UNION ALL. One condition
    /// with ORs would test every place (neither database turns that OR, with its EXISTS, into index lookups).
    /// One statement, through <see cref="HotReads"/>: every list filtered by a place asks.
    /// </summary>
    public async Task<IReadOnlyList<PlaceMatch>> FindAsync(int? id, string normalizedName, CancellationToken cancellationToken) =>
        await reads.ListAsync(db, FindSql, r => new PlaceMatch(r.GetInt32(0), r.GetString(1), Enum.Parse<PlaceKind>(r.GetString(2)), r.GetString(3)),
            cancellationToken, ("@id", id), ("@name", normalizedName));

    public Task<string?> GetPathAsync(int id, CancellationToken cancellationToken) =>
        db.Places.Where(p => p.Id == id).Select(p => p.Path).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<int>> ExistingIdsAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken) =>
        await db.Places.Where(p => ids.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<(string NormalizedName, string PlaceName, int PlaceId)>> FindNameOwnersAsync(
        IReadOnlyCollection<string> normalizedNames, int? exceptPlaceId, CancellationToken cancellationToken)
    {
        var byName = await db.Places.Where(p => p.Id != exceptPlaceId && normalizedNames.Contains(p.NormalizedName))
            .Select(p => new { p.NormalizedName, p.Name, p.Id }).ToListAsync(cancellationToken);
        var byAlias = await db.Places.SelectMany(p => p.Aliases, (p, a) => new { a.NormalizedName, p.Name, p.Id })
            .Where(x => x.Id != exceptPlaceId && normalizedNames.Contains(x.NormalizedName)).ToListAsync(cancellationToken);
        return byName.Concat(byAlias).Select(x => (x.NormalizedName, x.Name, x.Id)).Distinct().ToList();
    }

    public Task<PlaceSummary?> FindNamesakeInsideAsync(string normalizedName, string parentPath, int? exceptPlaceId, CancellationToken cancellationToken)
    {
        var inside = parentPath == "/"
            ? db.Places.Where(p => p.ParentId == null)
            : db.Places.Where(p => p.Path.StartsWith(parentPath) && p.Path != parentPath);
        return inside.AsNoTracking()
            .Where(p => p.Id != exceptPlaceId && (p.NormalizedName == normalizedName || p.Aliases.Any(a => a.NormalizedName == normalizedName)))
            .OrderBy(p => p.Id).Select(p => new PlaceSummary(p.Id, p.Name, p.Kind)).FirstOrDefaultAsync(cancellationToken);
    }

    public Task<Place?> FindForUpdateAsync(int id, CancellationToken cancellationToken) =>
        db.Places.Include(p => p.Aliases).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    public async Task<IReadOnlyList<Place>> FindDescendantsForUpdateAsync(string path, CancellationToken cancellationToken) =>
        await db.Places.Where(p => p.Path.StartsWith(path) && p.Path != path).ToListAsync(cancellationToken);

    public async Task<(IReadOnlyList<int> EventIds, IReadOnlyList<int> ChildIds)> GetUsageAsync(int id, int take, CancellationToken cancellationToken)
    {
        var events = await db.Events.Where(e => e.Places.Any(p => p.PlaceId == id)).OrderBy(e => e.Id).Select(e => e.Id).Take(take).ToListAsync(cancellationToken);
        var children = await db.Places.Where(p => p.ParentId == id).OrderBy(p => p.Id).Select(p => p.Id).Take(take).ToListAsync(cancellationToken);
        return (events, children);
    }

    public void Add(Place place) => db.Places.Add(place);

    public void Remove(Place place) => db.Places.Remove(place);

    private static readonly Expression<Func<Place, PlaceResponse>> ToResponse = p => new PlaceResponse(
        p.Id,
        p.Name,
        p.Aliases.OrderBy(a => a.Id).Select(a => a.Name).ToList(),
        p.Kind,
        p.ParentId,
        p.Latitude,
        p.Longitude,
        p.CreatedAt,
        p.UpdatedAt,
        p.Version);
}
