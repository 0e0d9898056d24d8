using FluentValidation.Results;

namespace Chronology.Application.Listing;

/// <summary>Page sizes and the step from "page size + 1 rows" to a page with its next cursor.</summary>
public static class Paging
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    /// <summary>The page size asked for, or a failure when it is outside 1..500.</summary>
    public static int PageSize(int? limit, List<ValidationFailure> failures)
    {
        var size = limit ?? DefaultLimit;
        if (size is >= 1 and <= MaxLimit)
        {
            return size;
        }

        failures.Add(new ValidationFailure("limit", $"'limit' must be between 1 and {MaxLimit} (default {DefaultLimit})."));
        return DefaultLimit;
    }

    /// <summary>Cuts the extra row fetched to learn whether another page follows, and makes the cursor from the last row kept.</summary>
    public static PagedResponse<T> ToPage<T>(IReadOnlyList<T> rows, int pageSize, Func<T, string> cursorOf)
    {
        if (rows.Count <= pageSize)
        {
            return new PagedResponse<T>(rows, null);
        }

        var items = rows.Take(pageSize).ToList();
        return new PagedResponse<T>(items, cursorOf(items[^1]));
    }
}
