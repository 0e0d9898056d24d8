using Chronology.Application.Audit;
using Chronology.Application.Errors;
using Chronology.Application.Listing;
using Chronology.Application.Text;
using Chronology.Application.Writing;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.Logging;

namespace Chronology.Application.Forces;

/// <summary>The force use cases: search, read, edit.</summary>
public sealed class ForceService(
    IForceRepository forces,
    IValidator<ForceRequest> validator,
    IUnitOfWork unitOfWork,
    IAuditTrail audit,
    ICurrentEditor editor,
    ILogger<ForceService> logger)
{
    private const string CursorScope = "forces";

    public async Task<PagedResponse<ForceResponse>> ListAsync(ForceListRequest request, CancellationToken cancellationToken)
    {
        var failures = new List<ValidationFailure>();
        var pageSize = Paging.PageSize(request.Limit, failures);
        var kind = EnumText.ParseOptional<ForceKind>(request.Kind, "kind", failures);
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        var scope = string.Join('|', CursorScope, request.Q, request.Kind);
        var text = TextNormalizer.Normalize(request.Q);
        var query = new ForceQuery(text.Length == 0 ? null : text, kind, NameCursor.Decode(request.Cursor, scope), pageSize + 1);

        var rows = await forces.ListAsync(query, cancellationToken);
        return Paging.ToPage(rows, pageSize, last => new NameCursor(TextNormalizer.Normalize(last.Name), last.Id).Encode(scope));
    }

    public async Task<ForceResponse> GetAsync(int id, CancellationToken cancellationToken) =>
        await forces.GetByIdAsync(id, cancellationToken) ?? throw new NotFoundException("Force", id);

    public Task<ForceMatch> ResolveAsync(string text, string field, CancellationToken cancellationToken) =>
        NameLookup.ResolveAsync(text, field, "force", forces.FindAsync, f => f.Id,
            f => f.Abbreviation is null ? f.Name : $"{f.Name} ({f.Abbreviation})", cancellationToken);

    /// <summary>Every change made to the force through the API, oldest first; kept after a delete.</summary>
    public async Task<PagedResponse<AuditEntryResponse>> HistoryAsync(int id, CancellationToken cancellationToken)
    {
        var entries = await audit.ListAsync(AuditedTypes.Force, id, cancellationToken);
        return entries.Count > 0 || (await forces.ExistingIdsAsync([id], cancellationToken)).Count > 0
            ? new PagedResponse<AuditEntryResponse>(entries, null)
            : throw new NotFoundException("Force", id);
    }

    public async Task<ForceResponse> CreateAsync(ForceRequest request, CancellationToken cancellationToken)
    {
        request = request.ToNfc();
        await validator.ValidateAndThrowAsync(request, cancellationToken);
        await CheckReferencesAsync(request, null, cancellationToken);

        var force = new Force();
        Apply(force, request);
        await using var work = await unitOfWork.BeginAsync(cancellationToken);
        forces.Add(force);
        await work.SaveChangesAsync(cancellationToken);
        var created = (await forces.GetByIdAsync(force.Id, cancellationToken))!;
        audit.Record(AuditedTypes.Force, AuditAction.Created, force.Id, force.Version, null, created);
        await work.CommitAsync(cancellationToken);

        logger.LogInformation("Force {ForceId} created by {Editor}", force.Id, editor.Name);
        return created;
    }

    public async Task<ForceResponse> UpdateAsync(int id, ForceRequest request, int? expectedVersion, CancellationToken cancellationToken)
    {
        request = request.ToNfc();
        await validator.ValidateAndThrowAsync(request, cancellationToken);
        var force = await forces.FindForUpdateAsync(id, cancellationToken) ?? throw new NotFoundException("Force", id);
        Concurrency.Check("Force", id, force.Version, expectedVersion);
        await CheckReferencesAsync(request, id, cancellationToken);

        var before = await forces.GetByIdAsync(id, cancellationToken);
        Apply(force, request);
        await using var work = await unitOfWork.BeginAsync(cancellationToken);
        work.MarkChanged(force);
        await work.SaveChangesAsync(cancellationToken);
        var updated = (await forces.GetByIdAsync(id, cancellationToken))!;
        audit.Record(AuditedTypes.Force, AuditAction.Updated, id, force.Version, before, updated);
        await work.CommitAsync(cancellationToken);

        logger.LogInformation("Force {ForceId} updated to version {Version} by {Editor}", id, force.Version, editor.Name);
        return updated;
    }

    public async Task DeleteAsync(int id, int? expectedVersion, CancellationToken cancellationToken)
    {
        var force = await forces.FindForUpdateAsync(id, cancellationToken) ?? throw new NotFoundException("Force", id);
        Concurrency.Check("Force", id, force.Version, expectedVersion);
        var (eventIds, memberIds) = await forces.GetUsageAsync(id, 50, cancellationToken);
        if (eventIds.Count > 0 || memberIds.Count > 0)
        {
            throw new ConflictException(
                $"Force {id} is still in use by {eventIds.Count} event(s) and {memberIds.Count} member force(s). Relink or delete those first.",
                new Dictionary<string, object?> { ["usedBy"] = new { events = eventIds, forces = memberIds } });
        }

        var before = await forces.GetByIdAsync(id, cancellationToken);
        await using var work = await unitOfWork.BeginAsync(cancellationToken);
        forces.Remove(force);
        audit.Record(AuditedTypes.Force, AuditAction.Deleted, id, force.Version, before, null);
        await work.CommitAsync(cancellationToken);
        logger.LogInformation("Force {ForceId} deleted by {Editor}", id, editor.Name);
    }

    private async Task CheckReferencesAsync(ForceRequest request, int? id, CancellationToken cancellationToken)
    {
        var failures = new List<ValidationFailure>();
        if (request.ParentId is { } parentId)
        {
            var chain = await forces.GetAncestorIdsAsync(parentId, cancellationToken);
            if (chain.Count == 0)
            {
                failures.Add(new ValidationFailure("parentId", $"No force has the id {parentId}."));
            }
            else if (id is { } self && chain.Contains(self))
            {
                failures.Add(new ValidationFailure("parentId", $"Force {parentId} belongs to force {self}; membership would loop."));
            }
        }

        var names = (request.Aliases ?? []).Append(request.Abbreviation ?? string.Empty)
            .Select(TextNormalizer.Normalize).Where(n => n.Length > 0).Distinct().ToList();
        foreach (var (name, ownerName, ownerId) in await forces.FindNameOwnersAsync(names, id, cancellationToken))
        {
            failures.Add(new ValidationFailure("aliases", $"'{name}' already names force {ownerId} ({ownerName})."));
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }
    }

    private static void Apply(Force force, ForceRequest request)
    {
        force.Rename(request.Name!.Trim(), request.Abbreviation?.Trim());
        force.SetAliases((request.Aliases ?? []).Select(a => a.Trim()).Distinct(StringComparer.OrdinalIgnoreCase));
        force.Kind = request.Kind!.ToEnum<ForceKind>();
        force.ParentId = request.ParentId;
    }
}
