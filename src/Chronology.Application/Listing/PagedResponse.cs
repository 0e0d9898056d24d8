namespace Chronology.Application.Listing;

/// <summary>One page of a list. Pass <c>nextCursor</c> back as <c>cursor</c> to get the next page; null means the end.</summary>
/// <param name="Items">The items of this page.</param>
/// <param name="NextCursor">Opaque cursor of the next page, or null on the last page.</param>
public sealed record PagedResponse<T>(IReadOnlyList<T> Items, string? NextCursor);
