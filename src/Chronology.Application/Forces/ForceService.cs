using Chronology.Application.Common;
using FluentValidation;
using FluentValidation.Results;

namespace Chronology.Application.Forces;

/// <summary>The force use cases: search, read, edit.</summary>
public sealed class ForceService(IForceRepository forces)
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
}
