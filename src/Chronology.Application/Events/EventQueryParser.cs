using System.Globalization;
using Chronology.Application.Listing;
using Chronology.Application.Text;
using FluentValidation.Results;

namespace Chronology.Application.Events;

/// <summary>
/// Turns the query string of the event list into an <see cref="EventQuery"/>, except for the place, force and
/// source references, which need the database (<see cref="EventQueryBuilder"/> does those). Every problem becomes a
/// field-level failure.
/// </summary>
public static class EventQueryParser
{
    public const int MaxTerms = 10;

    /// <summary>A page of the list: the filters, the sort, and the page size as the limit.</summary>
    public static EventQuery Parse(EventListRequest request, List<ValidationFailure> failures)
    {
        var query = ParseFilters(request, failures);
        var pageSize = Paging.PageSize(request.Limit, failures);
        return query with { Sort = ParseSort(request.Sort, failures), Limit = pageSize };
    }

    /// <summary>An export: the filters and the sort; <c>limit</c>, when given, caps the number of events (no upper bound).</summary>
    public static EventQuery ParseExport(EventListRequest request, List<ValidationFailure> failures)
    {
        var query = ParseFilters(request, failures);
        if (request.Limit < 1)
        {
            failures.Add(new ValidationFailure("limit", "'limit' must be at least 1; leave it out to export every matching event."));
        }

        return query with { Sort = ParseSort(request.Sort, failures), Limit = request.Limit ?? int.MaxValue };
    }

    /// <summary>The filters alone, as statistics use them.</summary>
    public static EventQuery ParseFilters(EventFilterRequest request, List<ValidationFailure> failures)
    {
        var from = ParseBound(request.From, "from", DateBound.TryParseStart, failures);
        var to = ParseBound(request.To, "to", DateBound.TryParseEnd, failures);
        if (from > to)
        {
            failures.Add(new ValidationFailure("from", $"'from' ({request.From}) is after 'to' ({request.To})."));
        }

        if (request.MinFatalities < 0)
        {
            failures.Add(new ValidationFailure("minFatalities", "'minFatalities' cannot be negative."));
        }

        if (request.Role is not null && request.Force is null)
        {
            failures.Add(new ValidationFailure("role", "'role' narrows 'force': give a force too."));
        }

        return new EventQuery
        {
            Window = new DateWindow(from, to),
            Role = EnumText.ParseOptional<ForceRole>(request.Role, "role", failures),
            Types = EnumText.ParseList<EventType>(request.Type, "type", failures),
            Terms = ParseTerms(request.Q, failures),
            MinFatalities = request.MinFatalities,
            Bbox = ParseBbox(request.Bbox, failures),
            UpdatedSince = request.UpdatedSince?.ToUniversalTime(),
        };
    }

    /// <summary>The grouping of <c>GET /events/stats</c>; required, one of the <see cref="EventStatsGroup"/> names.</summary>
    public static EventStatsGroup ParseGroupBy(string? groupBy, List<ValidationFailure> failures)
    {
        if (string.IsNullOrWhiteSpace(groupBy) || groupBy.Contains(','))
        {
            failures.Add(new ValidationFailure("groupBy",
                $"'groupBy' needs exactly one value. Valid values: {string.Join(", ", EnumText.Names<EventStatsGroup>())}."));
            return EventStatsGroup.Year;
        }

        return EnumText.ParseOptional<EventStatsGroup>(groupBy, "groupBy", failures) ?? EventStatsGroup.Year;
    }

    public static string SortName(EventSort sort) => sort switch
    {
        EventSort.DateDesc => "-date",
        EventSort.Updated => "updated",
        _ => "date",
    };

    private static DateOnly? ParseBound(
        string? text, string name, TryParseDate parse, List<ValidationFailure> failures)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (parse(text, out var date))
        {
            return date;
        }

        failures.Add(new ValidationFailure(name,
            $"'{name}' must be a real date written YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2015, 2015-02, 2015-02-27)."));
        return null;
    }

    private delegate bool TryParseDate(string text, out DateOnly date);

    private static List<string> ParseTerms(string? q, List<ValidationFailure> failures)
    {
        var terms = TextNormalizer.Normalize(q).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();
        if (terms.Count > MaxTerms)
        {
            failures.Add(new ValidationFailure("q", $"'q' may hold at most {MaxTerms} words."));
        }

        return terms;
    }

    private static BoundingBox? ParseBbox(string? text, List<ValidationFailure> failures)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parts = text.Split(',');
        var numbers = parts
            .Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) ? d : (double?)null)
            .ToList();
        if (numbers.Count != 4 || numbers.Any(n => n is null))
        {
            failures.Add(new ValidationFailure("bbox", "'bbox' must be four numbers: minLon,minLat,maxLon,maxLat (e.g. 38,35.5,42,37.5)."));
            return null;
        }

        var box = new BoundingBox(numbers[0]!.Value, numbers[1]!.Value, numbers[2]!.Value, numbers[3]!.Value);
        if (box.MinLon is < -180 or > 180 || box.MaxLon is < -180 or > 180
            || box.MinLat is < -90 or > 90 || box.MaxLat is < -90 or > 90)
        {
            failures.Add(new ValidationFailure("bbox", "'bbox' longitudes must lie in -180..180 and latitudes in -90..90."));
            return null;
        }

        if (box.MinLon > box.MaxLon || box.MinLat > box.MaxLat)
        {
            failures.Add(new ValidationFailure("bbox", "'bbox' minimums must not exceed maximums: minLon,minLat,maxLon,maxLat."));
            return null;
        }

        return box;
    }

    private static EventSort ParseSort(string? sort, List<ValidationFailure> failures)
    {
        switch (sort?.Trim().ToLowerInvariant())
        {
            case null or "" or "date":
                return EventSort.Date;
            case "-date":
                return EventSort.DateDesc;
            case "updated":
                return EventSort.Updated;
            default:
                failures.Add(new ValidationFailure("sort", "'sort' must be one of: date, -date, updated."));
                return EventSort.Date;
        }
    }
}
