using System.Linq.Expressions;
using Chronology.Application.Forces;
using Chronology.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Chronology.Infrastructure.Forces;

public sealed class ForceRepository(ChronologyDbContext db) : IForceRepository
{
    public async Task<IReadOnlyList<ForceResponse>> ListAsync(ForceQuery query, CancellationToken cancellationToken)
    {
        var forces = db.Forces.AsNoTracking();
        if (query.Text is { } text)
        {
            forces = forces.Where(f => f.NormalizedName.Contains(text)
                || (f.NormalizedAbbreviation != null && f.NormalizedAbbreviation.Contains(text))
                || f.Aliases.Any(a => a.NormalizedName.Contains(text)));
        }

        if (query.Kind is { } kind)
        {
            forces = forces.Where(f => f.Kind == kind);
        }

        if (query.After is { } after)
        {
            forces = forces.Where(f => string.Compare(f.NormalizedName, after.NormalizedName) > 0
                || (f.NormalizedName == after.NormalizedName && f.Id > after.Id));
        }

        return await forces.OrderBy(f => f.NormalizedName).ThenBy(f => f.Id)
            .Take(query.Take).Select(ToResponse).ToListAsync(cancellationToken);
    }

    public async Task<ForceResponse?> GetByIdAsync(int id, CancellationToken cancellationToken)
    {
        var force = await db.Forces.AsNoTracking().Where(f => f.Id == id).Select(ToResponse).FirstOrDefaultAsync(cancellationToken);
        if (force is null)
        {
            return null;
        }

        var parent = await db.Forces.AsNoTracking().Where(f => f.Id == force.ParentId).Select(ToSummary).FirstOrDefaultAsync(cancellationToken);
        var members = await db.Forces.AsNoTracking().Where(f => f.ParentId == id).OrderBy(f => f.NormalizedName)
            .Select(ToSummary).ToListAsync(cancellationToken);
        return force with { Parent = parent, Members = members };
    }

    public async Task<IReadOnlyList<ForceMatch>> FindAsync(int? id, string normalizedName, CancellationToken cancellationToken) =>
        await db.Forces.AsNoTracking()
            .Where(f => f.Id == id || f.NormalizedName == normalizedName || f.NormalizedAbbreviation == normalizedName
                || f.Aliases.Any(a => a.NormalizedName == normalizedName))
            .OrderBy(f => f.Id)
            .Select(f => new ForceMatch(f.Id, f.Name, f.Abbreviation, f.Kind))
            .ToListAsync(cancellationToken);

    private static readonly Expression<Func<Force, ForceSummary>> ToSummary = f => new ForceSummary(f.Id, f.Name, f.Abbreviation, f.Kind);

    private static readonly Expression<Func<Force, ForceResponse>> ToResponse = f => new ForceResponse(
        f.Id,
        f.Name,
        f.Abbreviation,
        f.Aliases.OrderBy(a => a.Id).Select(a => a.Name).ToList(),
        f.Kind,
        f.ParentId,
        f.CreatedAt,
        f.UpdatedAt,
        f.Version);
}
