using System.Globalization;
using Chronology.Application.Listing;
using FluentValidation;
using FluentValidation.Results;

namespace Chronology.Application.Changes;

/// <summary>The change feed for sync clients: every committed create, update and delete, none missed, none twice.</summary>
public sealed class ChangeService(IChangeFeed feed)
{
    private const string CursorScope = "changes";

    public async Task<ChangePage> ListAsync(ChangeListRequest request, CancellationToken cancellationToken)
    {
        var failures = new List<ValidationFailure>();
        var pageSize = Paging.PageSize(request.Limit, failures);
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        if (string.Equals(request.After, "now", StringComparison.OrdinalIgnoreCase))
        {
            return new ChangePage([], Encode(await feed.HeadAsync(cancellationToken)));
        }

        var after = string.IsNullOrEmpty(request.After) ? 0 : Decode(request.After);
        var items = await feed.ListAsync(after, pageSize, cancellationToken);
        return new ChangePage(items, Encode(items.Count > 0 ? items[^1].Seq : after));
    }

    private static string Encode(long seq) => Cursor.Encode(CursorScope, seq.ToString(CultureInfo.InvariantCulture));

    private static long Decode(string cursor) =>
        long.TryParse(Cursor.Decode(cursor, CursorScope, 1)[0], NumberStyles.None, CultureInfo.InvariantCulture, out var seq)
            ? seq
            : throw Cursor.Invalid();
}
