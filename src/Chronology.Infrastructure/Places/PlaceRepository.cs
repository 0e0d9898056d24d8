using System.Linq.Expressions;
using Chronology.Application.Places;
using Chronology.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Chronology.Infrastructure.Places;

public sealed class PlaceRepository(ChronologyDbContext db) : IPlaceRepository
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
            places = places.Where(p => string.Compare(p.NormalizedName, after.NormalizedName) > 0
                || (p.NormalizedName == after.NormalizedName && p.Id > after.Id));
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

    public async Task<IReadOnlyList<PlaceMatch>> FindAsync(int? id, string normalizedName, CancellationToken cancellationToken) =>
        await db.Places.AsNoTracking()
            .Where(p => p.Id == id || p.NormalizedName == normalizedName || p.Aliases.Any(a => a.NormalizedName == normalizedName))
            .OrderBy(p => p.Id)
            .Select(p => new PlaceMatch(p.Id, p.Name, p.Kind, p.Path))
            .ToListAsync(cancellationToken);

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
