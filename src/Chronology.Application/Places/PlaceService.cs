using Chronology.Application.Audit;
using Chronology.Application.Errors;
using Chronology.Application.Listing;
using Chronology.Application.Text;
using Chronology.Application.Writing;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.Logging;

namespace Chronology.Application.Places;

/// <summary>The place use cases: search, read, edit.</summary>
public sealed class PlaceService(
    IPlaceRepository places,
    IValidator<PlaceRequest> validator,
    IUnitOfWork unitOfWork,
    IAuditTrail audit,
    ICurrentEditor editor,
    ILogger<PlaceService> logger)
{
    private const string CursorScope = "places";

    public async Task<PagedResponse<PlaceResponse>> ListAsync(PlaceListRequest request, CancellationToken cancellationToken)
    {
        var failures = new List<ValidationFailure>();
        var pageSize = Paging.PageSize(request.Limit, failures);
        var kind = EnumText.ParseOptional<PlaceKind>(request.Kind, "kind", failures);
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        var scope = string.Join('|', CursorScope, request.Q, request.Kind, request.Parent);
        var underPath = request.Parent is null ? null : (await ResolveAsync(request.Parent, "parent", cancellationToken)).Path;
        var text = TextNormalizer.Normalize(request.Q);
        var query = new PlaceQuery(text.Length == 0 ? null : text, kind, underPath, NameCursor.Decode(request.Cursor, scope), pageSize + 1);

        var rows = await places.ListAsync(query, cancellationToken);
        return Paging.ToPage(rows, pageSize, last => new NameCursor(TextNormalizer.Normalize(last.Name), last.Id).Encode(scope));
    }

    public async Task<PlaceResponse> GetAsync(int id, CancellationToken cancellationToken) =>
        await places.GetByIdAsync(id, cancellationToken) ?? throw new NotFoundException("Place", id);

    public Task<PlaceMatch> ResolveAsync(string text, string field, CancellationToken cancellationToken) =>
        NameLookup.ResolveAsync(text, field, "place", places.FindAsync, p => p.Id, p => $"{p.Name} ({EnumText.Name(p.Kind)})", cancellationToken);

    /// <summary>Every change made to the place through the API, oldest first; kept after a delete.</summary>
    public async Task<PagedResponse<AuditEntryResponse>> HistoryAsync(int id, CancellationToken cancellationToken)
    {
        var entries = await audit.ListAsync(AuditedTypes.Place, id, cancellationToken);
        return entries.Count > 0 || (await places.ExistingIdsAsync([id], cancellationToken)).Count > 0
            ? new PagedResponse<AuditEntryResponse>(entries, null)
            : throw new NotFoundException("Place", id);
    }

    public async Task<PlaceResponse> CreateAsync(PlaceRequest request, CancellationToken cancellationToken)
    {
        request = request.ToNfc();
        await validator.ValidateAndThrowAsync(request, cancellationToken);
        var parentPath = await CheckReferencesAsync(request, null, null, cancellationToken);

        var place = new Place();
        Apply(place, request);
        await using var work = await unitOfWork.BeginAsync(cancellationToken);
        places.Add(place);
        await work.SaveChangesAsync(cancellationToken);

        // The path holds the new id, so it is written once the id is known.
        place.Path = Place.PathOf(parentPath, place.Id);
        await work.SaveChangesAsync(cancellationToken);
        var created = (await places.GetByIdAsync(place.Id, cancellationToken))!;
        audit.Record(AuditedTypes.Place, AuditAction.Created, place.Id, place.Version, null, created);
        await work.CommitAsync(cancellationToken);

        logger.LogInformation("Place {PlaceId} created by {Editor}", place.Id, editor.Name);
        return created;
    }

    public async Task<PlaceResponse> UpdateAsync(int id, PlaceRequest request, int? expectedVersion, CancellationToken cancellationToken)
    {
        request = request.ToNfc();
        await validator.ValidateAndThrowAsync(request, cancellationToken);
        var place = await places.FindForUpdateAsync(id, cancellationToken) ?? throw new NotFoundException("Place", id);
        Concurrency.Check("Place", id, place.Version, expectedVersion);
        var parentPath = await CheckReferencesAsync(request, id, place.Path, cancellationToken);
        var before = await places.GetByIdAsync(id, cancellationToken);

        var newPath = Place.PathOf(parentPath, id);
        if (newPath != place.Path)
        {
            // A move carries everything inside the place along: rewrite the subtree's paths (a storage
            // detail: the places inside keep their versions).
            foreach (var descendant in await places.FindDescendantsForUpdateAsync(place.Path, cancellationToken))
            {
                descendant.Path = newPath + descendant.Path[place.Path.Length..];
            }

            place.Path = newPath;
        }

        Apply(place, request);
        await using var work = await unitOfWork.BeginAsync(cancellationToken);
        work.MarkChanged(place);
        await work.SaveChangesAsync(cancellationToken);
        var updated = (await places.GetByIdAsync(id, cancellationToken))!;
        audit.Record(AuditedTypes.Place, AuditAction.Updated, id, place.Version, before, updated);
        await work.CommitAsync(cancellationToken);

        logger.LogInformation("Place {PlaceId} updated to version {Version} by {Editor}", id, place.Version, editor.Name);
        return updated;
    }

    public async Task DeleteAsync(int id, int? expectedVersion, CancellationToken cancellationToken)
    {
        var place = await places.FindForUpdateAsync(id, cancellationToken) ?? throw new NotFoundException("Place", id);
        Concurrency.Check("Place", id, place.Version, expectedVersion);
        var (eventIds, childIds) = await places.GetUsageAsync(id, 50, cancellationToken);
        if (eventIds.Count > 0 || childIds.Count > 0)
        {
            throw new ConflictException(
                $"Place {id} is still in use by {Describe(eventIds, "event")}{(eventIds.Count > 0 && childIds.Count > 0 ? " and " : "")}{Describe(childIds, "child place")}. Relink or delete those first.",
                new Dictionary<string, object?> { ["usedBy"] = new { events = eventIds, places = childIds } });
        }

        var before = await places.GetByIdAsync(id, cancellationToken);
        await using var work = await unitOfWork.BeginAsync(cancellationToken);
        places.Remove(place);
        audit.Record(AuditedTypes.Place, AuditAction.Deleted, id, place.Version, before, null);
        await work.CommitAsync(cancellationToken);
        logger.LogInformation("Place {PlaceId} deleted by {Editor}", id, editor.Name);
    }

    // Returns the parent's path ("/" for a country), after checking parent, cycles and alias ownership.
    private async Task<string> CheckReferencesAsync(PlaceRequest request, int? id, string? ownPath, CancellationToken cancellationToken)
    {
        var failures = new List<ValidationFailure>();
        var parentPath = "/";
        if (request.ParentId is { } parentId)
        {
            var found = await places.GetPathAsync(parentId, cancellationToken);
            if (found is null)
            {
                failures.Add(new ValidationFailure("parentId", $"No place has the id {parentId}."));
            }
            else if (ownPath is not null && found.StartsWith(ownPath, StringComparison.Ordinal))
            {
                failures.Add(new ValidationFailure("parentId", $"Place {parentId} lies inside place {id}; the hierarchy would loop."));
            }
            else
            {
                parentPath = found;
            }
        }
        else if (!string.Equals(request.Kind, nameof(PlaceKind.Country), StringComparison.OrdinalIgnoreCase))
        {
            failures.Add(new ValidationFailure("parentId", "Every place except a country lies in a parent place: give 'parentId'."));
        }

        var aliases = (request.Aliases ?? []).Select(TextNormalizer.Normalize).Distinct().ToList();
        foreach (var (name, ownerName, ownerId) in await places.FindNameOwnersAsync(aliases, id, cancellationToken))
        {
            failures.Add(new ValidationFailure("aliases", $"The alias '{name}' already names place {ownerId} ({ownerName})."));
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        await CheckNotTwiceAsync(request.Name!, parentPath, id, cancellationToken);
        return parentPath;
    }

    // "Kobanî" typed again under Syria is the Kobanî already inside Syria: with two, every lookup of the
    // name inside Syria would be ambiguous. A namesake in another branch (Tel Hamis in another governorate) is fine.
    private async Task CheckNotTwiceAsync(string name, string parentPath, int? id, CancellationToken cancellationToken)
    {
        var folded = TextNormalizer.Normalize(name);
        if (await places.FindNamesakeInsideAsync(folded, parentPath, id, cancellationToken) is { } existing)
        {
            throw new ConflictException(
                $"Place {existing.Id} ({existing.Name}, {EnumText.Name(existing.Kind)}) already has the name '{name.Trim()}' inside the same parent place: "
                + $"it would be the same place twice. Use place {existing.Id}, or choose a parent that sets the two apart.",
                new Dictionary<string, object?> { ["existing"] = new { id = existing.Id, name = existing.Name, kind = EnumText.Name(existing.Kind) } });
        }
    }

    private static void Apply(Place place, PlaceRequest request)
    {
        place.Rename(request.Name!.Trim());
        place.SetAliases((request.Aliases ?? []).Select(a => a.Trim()).Distinct(StringComparer.OrdinalIgnoreCase));
        place.Kind = request.Kind!.ToEnum<PlaceKind>();
        place.ParentId = request.ParentId;
        place.Latitude = request.Lat;
        place.Longitude = request.Lon;
    }

    private static string Describe(IReadOnlyList<int> ids, string noun) =>
        ids.Count == 0 ? "" : $"{noun}{(ids.Count == 1 ? "" : "s")} {string.Join(", ", ids)}";
}
