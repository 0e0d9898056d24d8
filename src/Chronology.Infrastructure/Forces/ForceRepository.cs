using System.Linq.Expressions;
using Chronology.Application.Forces;
using Chronology.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Chronology.Infrastructure.Forces;

public sealed class ForceRepository(ChronologyDbContext db, HotReads reads) : IForceRepository
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
            forces = forces.Where(f => string.Compare(f.NormalizedName, after.NormalizedName) >= 0
                && (string.Compare(f.NormalizedName, after.NormalizedName) > 0 || f.Id > after.Id));
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

    private const string FindSql = """
        SELECT f."Id", f."Name", f."Abbreviation", f."Kind" FROM "Forces" f
        WHERE f."Id" IN (
            SELECT "Id" FROM "Forces" WHERE "Id" = @id
            UNION ALL SELECT "Id" FROM "Forces" WHERE "NormalizedName" = @name
            UNION ALL SELECT "Id" FROM "Forces" WHERE "NormalizedAbbreviation" = @name
            UNION ALL SELECT "ForceId" FROM "ForceAliases" WHERE "NormalizedName" = @name)
        ORDER BY f."Id"
        """;

    /// <summary>
    /// The forces with this id, name, abbreviation or alias: index lookups joined by UNION ALL, not one
    /// condition with ORs that tests every force.
    /// One statement, through <see cref="HotReads"/>: every list filtered by a force asks.
    /// </summary>
    public async Task<IReadOnlyList<ForceMatch>> FindAsync(int? id, string normalizedName, CancellationToken cancellationToken) =>
        await reads.ListAsync(db, FindSql, r => new ForceMatch(
                r.GetInt32(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), Enum.Parse<ForceKind>(r.GetString(3))),
            cancellationToken, ("@id", id), ("@name", normalizedName));

    public async Task<IReadOnlyList<int>> ExistingIdsAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken) =>
        await db.Forces.Where(f => ids.Contains(f.Id)).Select(f => f.Id).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<int>> GetAncestorIdsAsync(int id, CancellationToken cancellationToken)
    {
        var chain = new List<int>();
        for (int? current = id; current is { } next && chain.Count < 100 && !chain.Contains(next);)
        {
            var row = await db.Forces.Where(f => f.Id == next).Select(f => new { f.ParentId }).FirstOrDefaultAsync(cancellationToken);
            if (row is null)
            {
                break;
            }

            chain.Add(next);
            current = row.ParentId;
        }

        return chain;
    }

    public async Task<IReadOnlyList<(string NormalizedName, string ForceName, int ForceId)>> FindNameOwnersAsync(
        IReadOnlyCollection<string> normalizedNames, int? exceptForceId, CancellationToken cancellationToken)
    {
        var byName = await db.Forces
            .Where(f => f.Id != exceptForceId && (normalizedNames.Contains(f.NormalizedName) || normalizedNames.Contains(f.NormalizedAbbreviation!)))
            .Select(f => new { f.NormalizedName, f.NormalizedAbbreviation, f.Name, f.Id }).ToListAsync(cancellationToken);
        var byAlias = await db.Forces.SelectMany(f => f.Aliases, (f, a) => new { a.NormalizedName, f.Name, f.Id })
            .Where(x => x.Id != exceptForceId && normalizedNames.Contains(x.NormalizedName)).ToListAsync(cancellationToken);
        return byName.Select(x => (normalizedNames.Contains(x.NormalizedName) ? x.NormalizedName : x.NormalizedAbbreviation!, x.Name, x.Id))
            .Concat(byAlias.Select(x => (x.NormalizedName, x.Name, x.Id))).Distinct().ToList();
    }

    public Task<Force?> FindForUpdateAsync(int id, CancellationToken cancellationToken) =>
        db.Forces.Include(f => f.Aliases).FirstOrDefaultAsync(f => f.Id == id, cancellationToken);

    public async Task<(IReadOnlyList<int> EventIds, IReadOnlyList<int> MemberIds)> GetUsageAsync(int id, int take, CancellationToken cancellationToken)
    {
        var events = await db.Events.Where(e => e.Forces.Any(f => f.ForceId == id)).OrderBy(e => e.Id).Select(e => e.Id).Take(take).ToListAsync(cancellationToken);
        var members = await db.Forces.Where(f => f.ParentId == id).OrderBy(f => f.Id).Select(f => f.Id).Take(take).ToListAsync(cancellationToken);
        return (events, members);
    }

    public void Add(Force force) => db.Forces.Add(force);

    public void Remove(Force force) => db.Forces.Remove(force);

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
