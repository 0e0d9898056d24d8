using Chronology.Application.Common;
using FluentValidation;
using FluentValidation.Results;

namespace Chronology.Application.Places;

/// <summary>The place use cases: search, read, edit.</summary>
public sealed class PlaceService(IPlaceRepository places)
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
}
