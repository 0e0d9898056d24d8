using System.Linq.Expressions;
using Chronology.Application.Events;
using Chronology.Application.Proposals;
using Chronology.Application.Text;
using Chronology.Extraction;
using Chronology.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Chronology.Infrastructure.Proposals;

public sealed class ProposalRepository(ChronologyDbContext db) : IProposalRepository
{
    private const int MaxLookBackDays = 366;
    private const int MaxScannedEvents = 2000;

    // An extraction run asks for many date windows; the longest span does not change within the request.
    private int? longestSpan;

    private DbSet<Proposal> Proposals => db.Set<Proposal>();

    // Proposals keep their lists as JSON text, so they are read as entities and mapped in memory.
    public async Task<IReadOnlyList<ProposalResponse>> ListAsync(
        int? sourceId, ProposalStatus? status, int afterId, int take, CancellationToken cancellationToken)
    {
        var query = Proposals.AsNoTracking().Where(p => p.Id > afterId);
        if (sourceId is { } source)
        {
            query = query.Where(p => p.SourceId == source);
        }

        if (status is { } wanted)
        {
            query = query.Where(p => p.Status == wanted);
        }

        var rows = await query.OrderBy(p => p.Id).Take(take).ToListAsync(cancellationToken);
        return rows.Select(p => p.ToResponse()).ToList();
    }

    public async Task<ProposalResponse?> GetByIdAsync(int id, CancellationToken cancellationToken) =>
        (await Proposals.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken))?.ToResponse();

    public Task<Proposal?> FindForUpdateAsync(int id, CancellationToken cancellationToken) =>
        Proposals.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    public Task<List<Proposal>> ListForSourceForUpdateAsync(int sourceId, CancellationToken cancellationToken) =>
        Proposals.Where(p => p.SourceId == sourceId).OrderBy(p => p.Id).ToListAsync(cancellationToken);

    public async Task<GazetteerSnapshot> LoadGazetteerAsync(CancellationToken cancellationToken)
    {
        var places = await db.Places.AsNoTracking().OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.Name, p.Kind, p.ParentId, p.Path, Aliases = p.Aliases.Select(a => a.Name).ToList() })
            .ToListAsync(cancellationToken);
        var forces = await db.Forces.AsNoTracking().OrderBy(f => f.Id)
            .Select(f => new { f.Id, f.Name, f.Abbreviation, f.Kind, f.ParentId, Aliases = f.Aliases.Select(a => a.Name).ToList() })
            .ToListAsync(cancellationToken);
        var gazetteer = new Gazetteer(
            places.Select(p => new GazetteerEntry(p.Id, p.Name, null, p.Aliases, EnumText.Name(p.Kind), p.ParentId)).ToList(),
            forces.Select(f => new GazetteerEntry(f.Id, f.Name, f.Abbreviation, f.Aliases, EnumText.Name(f.Kind), f.ParentId)).ToList());
        return new GazetteerSnapshot(gazetteer, places.ToDictionary(p => p.Id, p => p.Path));
    }

    public async Task<IReadOnlyList<EventSketch>> FindEventsNearAsync(
        DateOnly from, DateOnly to, IReadOnlyList<string> placePaths, IReadOnlyList<int> forceIds, int take, CancellationToken cancellationToken)
    {
        // A place "on" a path is the place or one of its ancestors; "inside" is any place under it.
        var ancestorPaths = placePaths.SelectMany(AncestorPaths).Distinct().ToList();
        // Bounded work per question, however large the chronology: spans that began more than a year before the
        // window are not looked for, and places and forces are compared within the first events of the window only.
        var longest = Math.Min(MaxLookBackDays, longestSpan ??= await db.Events.MaxAsync(e => (int?)e.SpanDays, cancellationToken) ?? 0);
        var events = db.Events.AsNoTracking().Where(new DateWindow(from, to).Overlapping(longest))
            .OrderBy(e => e.Start).ThenBy(e => e.Id).Take(MaxScannedEvents);

        var nearPlace = placePaths.Aggregate(
            (Expression<Func<Event, bool>>)(e => e.Places.Any(p => ancestorPaths.Contains(p.Place!.Path))),
            (expression, path) => Or(expression, e => e.Places.Any(p => p.Place!.Path.StartsWith(path))));
        events = forceIds.Count == 0
            ? events.Where(nearPlace)
            : placePaths.Count == 0
                ? events.Where(e => e.Forces.Any(f => forceIds.Contains(f.ForceId)))
                : events.Where(Or(nearPlace, e => e.Forces.Any(f => forceIds.Contains(f.ForceId))));

        var rows = await events.OrderBy(e => e.Start).ThenBy(e => e.Id).Take(take)
            .Select(e => new
            {
                e.Id,
                e.Title,
                e.Start,
                e.EffectiveEnd,
                e.Type,
                Places = e.Places.Select(p => new { p.PlaceId, p.Place!.Name, p.Place.Path }).ToList(),
                Forces = e.Forces.Select(f => new { f.ForceId, f.Force!.Name }).ToList(),
            })
            .AsSingleQuery().ToListAsync(cancellationToken);
        return rows.Select(r => new EventSketch(r.Id, r.Title, r.Start, r.EffectiveEnd, r.Type,
            r.Places.Select(p => (p.PlaceId, p.Name, p.Path)).ToList(),
            r.Forces.Select(f => (f.ForceId, f.Name)).ToList())).ToList();
    }

    public async Task<IReadOnlyList<(int EventId, string Title, DateOnly Start, string Quote)>> GetCitationsOfSourceAsync(
        int sourceId, CancellationToken cancellationToken) =>
        (await db.Set<Citation>().AsNoTracking().Where(c => c.SourceId == sourceId)
            .Join(db.Events, c => c.EventId, e => e.Id, (c, e) => new { c.EventId, e.Title, e.Start, c.Quote })
            .ToListAsync(cancellationToken))
        .Select(c => (c.EventId, c.Title, c.Start, c.Quote)).ToList();

    public void Add(Proposal proposal) => Proposals.Add(proposal);

    public void Remove(Proposal proposal) => Proposals.Remove(proposal);

    private static IEnumerable<string> AncestorPaths(string path)
    {
        for (var end = path.IndexOf('/', 1); end > 0; end = path.IndexOf('/', end + 1))
        {
            yield return path[..(end + 1)];
        }
    }

    private static Expression<Func<Event, bool>> Or(
        Expression<Func<Event, bool>> left, Expression<Func<Event, bool>> right)
    {
        var parameter = left.Parameters[0];
        var body = new ParameterReplacer(right.Parameters[0], parameter).Visit(right.Body);
        return Expression.Lambda<Func<Event, bool>>(
            Expression.OrElse(left.Body, body), parameter);
    }

    private sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to)
        : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            node == from ? to : base.VisitParameter(node);
    }
}
