using System.Globalization;
using Chronology.Application.Common;
using FluentValidation;
using FluentValidation.Results;

namespace Chronology.Application.Sources;

/// <summary>The source use cases: list, read, edit.</summary>
public sealed class SourceService(ISourceRepository sources)
{
    private const string CursorScope = "sources";

    public async Task<PagedResponse<SourceResponse>> ListAsync(SourceListRequest request, CancellationToken cancellationToken)
    {
        var failures = new List<ValidationFailure>();
        var pageSize = Paging.PageSize(request.Limit, failures);
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        var afterId = 0;
        if (!string.IsNullOrEmpty(request.Cursor)
            && !int.TryParse(Cursor.Decode(request.Cursor, CursorScope, 1)[0], NumberStyles.None, CultureInfo.InvariantCulture, out afterId))
        {
            throw Cursor.Invalid();
        }

        var rows = await sources.ListAsync(afterId, pageSize + 1, cancellationToken);
        return Paging.ToPage(rows, pageSize, last => Cursor.Encode(CursorScope, last.Id.ToString(CultureInfo.InvariantCulture)));
    }

    public async Task<SourceResponse> GetAsync(int id, CancellationToken cancellationToken) =>
        await sources.GetByIdAsync(id, cancellationToken) ?? throw new NotFoundException("Source", id);
}
