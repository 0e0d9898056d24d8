using Chronology.Application.Events;
using FluentValidation.Results;

namespace Chronology.UnitTests.Events;

/// <summary>The query string of GET /events: each parameter's good forms, and the message each bad form gets.</summary>
public sealed class EventQueryParserTests
{
    [Fact]
    public void Parse_WithNothingGiven_IsTheWholeChronologyByDateInPagesOf50()
    {
        var (query, failures) = Parse(new EventListRequest());

        Assert.Empty(failures);
        Assert.Null(query.Window.From);
        Assert.Null(query.Window.To);
        Assert.Null(query.Role);
        Assert.Empty(query.Types);
        Assert.Empty(query.Terms);
        Assert.Null(query.MinFatalities);
        Assert.Null(query.Bbox);
        Assert.Null(query.UpdatedSince);
        Assert.Equal(EventSort.Date, query.Sort);
        Assert.Equal(50, query.Limit);
    }

    [Theory]
    [InlineData("2015", "2015-12", "2015-01-01", "2015-12-31")]
    [InlineData("2015-02", "2015-02", "2015-02-01", "2015-02-28")]
    [InlineData(" 2015-02-27 ", "2016-02", "2015-02-27", "2016-02-29")]
    [InlineData("2015-05-31", "2015-05-31", "2015-05-31", "2015-05-31")]
    public void Parse_FromAndTo_CoverTheWholePeriodTheyName(string from, string to, string first, string last)
    {
        var (query, failures) = Parse(new EventListRequest { From = from, To = to });

        Assert.Empty(failures);
        Assert.Equal(DateOnly.Parse(first), query.Window.From);
        Assert.Equal(DateOnly.Parse(last), query.Window.To);
    }

    [Theory]
    [InlineData("from", "2015-02-30")]
    [InlineData("from", "15")]
    [InlineData("from", "2015/02")]
    [InlineData("to", "2015-13")]
    [InlineData("to", "last year")]
    public void Parse_ABadDateBound_NamesTheFormats(string field, string value)
    {
        var request = field == "from" ? new EventListRequest { From = value } : new EventListRequest { To = value };

        var failure = Assert.Single(Parse(request).Failures);

        Assert.Equal(field, failure.PropertyName);
        Assert.Equal($"'{field}' must be a real date written YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2015, 2015-02, 2015-02-27).", failure.ErrorMessage);
    }

    [Fact]
    public void Parse_FromAfterTo_IsRefusedWithBothValues()
    {
        var failure = Assert.Single(Parse(new EventListRequest { From = "2016", To = "2015-06" }).Failures);

        Assert.Equal("from", failure.PropertyName);
        Assert.Equal("'from' (2016) is after 'to' (2015-06).", failure.ErrorMessage);
    }

    [Fact]
    public void Parse_FromAndToInTheSameYear_AreNotOutOfOrder() =>
        Assert.Empty(Parse(new EventListRequest { From = "2015", To = "2015-01" }).Failures);

    [Theory]
    [InlineData(0)]
    [InlineData(253)]
    public void Parse_MinFatalities_ZeroOrMore_IsKept(int value)
    {
        var (query, failures) = Parse(new EventListRequest { MinFatalities = value });

        Assert.Empty(failures);
        Assert.Equal(value, query.MinFatalities);
    }

    [Fact]
    public void Parse_NegativeMinFatalities_IsRefused()
    {
        var failure = Assert.Single(Parse(new EventListRequest { MinFatalities = -1 }).Failures);

        Assert.Equal("minFatalities", failure.PropertyName);
        Assert.Equal("'minFatalities' cannot be negative.", failure.ErrorMessage);
    }

    [Theory]
    [InlineData("initiator", ForceRole.Initiator)]
    [InlineData("TARGET", ForceRole.Target)]
    [InlineData(" supporter ", ForceRole.Supporter)]
    public void Parse_RoleWithAForce_IsReadIgnoringCase(string role, ForceRole expected)
    {
        var (query, failures) = Parse(new EventListRequest { Force = "YPG", Role = role });

        Assert.Empty(failures);
        Assert.Equal(expected, query.Role);
    }

    [Fact]
    public void Parse_RoleWithoutAForce_AsksForTheForce()
    {
        var failure = Assert.Single(Parse(new EventListRequest { Role = "target" }).Failures);

        Assert.Equal("role", failure.PropertyName);
        Assert.Equal("'role' narrows 'force': give a force too.", failure.ErrorMessage);
    }

    [Fact]
    public void Parse_AnUnknownRole_ListsTheRoles()
    {
        var failure = Assert.Single(Parse(new EventListRequest { Force = "YPG", Role = "victim" }).Failures);

        Assert.Equal("role", failure.PropertyName);
        Assert.Equal("'victim' is not a valid role. Valid values: initiator, target, supporter, participant.", failure.ErrorMessage);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("initiator,target")]
    public void Parse_ANumberOrTwoRoles_IsRefused(string role) =>
        Assert.Contains(Parse(new EventListRequest { Force = "YPG", Role = role }).Failures, f => f.PropertyName == "role");

    [Fact]
    public void Parse_Types_AreACommaSeparatedListIgnoringCaseAndSpaces()
    {
        var (query, failures) = Parse(new EventListRequest { Type = "massacre, Execution,,pledgeOfAllegiance" });

        Assert.Empty(failures);
        Assert.Equal([EventType.Massacre, EventType.Execution, EventType.PledgeOfAllegiance], query.Types);
    }

    [Fact]
    public void Parse_EachUnknownType_GetsAFailureListingTheTypes()
    {
        var failures = Parse(new EventListRequest { Type = "massacre,battle,3" }).Failures;

        Assert.Equal(2, failures.Count);
        Assert.All(failures, f => Assert.Equal("type", f.PropertyName));
        Assert.Equal(
            "'battle' is not a valid type. Valid values: attack, siege, liberation, capture, campaign, massacre, execution, "
            + "formation, declaration, pledgeOfAllegiance, statement, other.",
            failures[0].ErrorMessage);
        Assert.StartsWith("'3' is not a valid type.", failures[1].ErrorMessage);
    }

    [Fact]
    public void Parse_AVeryLongUnknownType_IsShortenedInTheMessage()
    {
        var failure = Assert.Single(Parse(new EventListRequest { Type = new string('x', 100) }).Failures);

        Assert.StartsWith($"'{new string('x', 40)}…' is not a valid type.", failure.ErrorMessage);
    }

    [Fact]
    public void Parse_Q_IsFoldedIntoDistinctWords()
    {
        var (query, failures) = Parse(new EventListRequest { Q = "  Kobanî, KOBANI massacre  " });

        Assert.Empty(failures);
        Assert.Equal(["kobani", "massacre"], query.Terms);
    }

    [Fact]
    public void Parse_QWithTenWords_IsAccepted()
    {
        var (query, failures) = Parse(new EventListRequest { Q = "a b c d e f g h i j" });

        Assert.Empty(failures);
        Assert.Equal(10, query.Terms.Count);
    }

    [Fact]
    public void Parse_QWithElevenWords_IsRefused()
    {
        var failure = Assert.Single(Parse(new EventListRequest { Q = "a b c d e f g h i j k" }).Failures);

        Assert.Equal("q", failure.PropertyName);
        Assert.Equal("'q' may hold at most 10 words.", failure.ErrorMessage);
    }

    [Fact]
    public void Parse_QRepeatingOneWord_CountsItOnce() =>
        Assert.Empty(Parse(new EventListRequest { Q = string.Join(' ', Enumerable.Repeat("is", 30)) }).Failures);

    [Fact]
    public void Parse_Bbox_IsReadAsMinLonMinLatMaxLonMaxLat()
    {
        var (query, failures) = Parse(new EventListRequest { Bbox = "38,35.5,42,37.5" });

        Assert.Empty(failures);
        Assert.Equal(new BoundingBox(38, 35.5, 42, 37.5), query.Bbox);
    }

    [Fact]
    public void Parse_BboxAtTheEdgesOfTheWorld_IsAccepted() =>
        Assert.Equal(new BoundingBox(-180, -90, 180, 90), Parse(new EventListRequest { Bbox = "-180,-90,180,90" }).Query.Bbox);

    [Theory]
    [InlineData("38,35.5,42")]
    [InlineData("38,35.5,42,37.5,1")]
    [InlineData("38,35.5,east,37.5")]
    [InlineData("38,NaN,42,37.5")]
    [InlineData("38,35.5,Infinity,37.5")]
    [InlineData("38;35.5;42;37.5")]
    public void Parse_ABboxThatIsNotFourNumbers_ShowsTheForm(string bbox) =>
        AssertSingleFailure(new EventListRequest { Bbox = bbox }, "bbox",
            "'bbox' must be four numbers: minLon,minLat,maxLon,maxLat (e.g. 38,35.5,42,37.5).");

    [Theory]
    [InlineData("-181,35,42,37")]
    [InlineData("38,35,180.5,37")]
    [InlineData("38,-91,42,37")]
    [InlineData("38,35,42,90.1")]
    public void Parse_ABboxOffTheWorld_GivesTheRanges(string bbox) =>
        AssertSingleFailure(new EventListRequest { Bbox = bbox }, "bbox",
            "'bbox' longitudes must lie in -180..180 and latitudes in -90..90.");

    [Theory]
    [InlineData("42,35,38,37")]
    [InlineData("38,37,42,35")]
    public void Parse_ABboxWithMinimumsOverMaximums_IsRefused(string bbox) =>
        AssertSingleFailure(new EventListRequest { Bbox = bbox }, "bbox",
            "'bbox' minimums must not exceed maximums: minLon,minLat,maxLon,maxLat.");

    [Fact]
    public void Parse_UpdatedSince_IsKeptInUtc()
    {
        var local = new DateTime(2026, 1, 1, 12, 0, 0, DateTimeKind.Local);

        var query = Parse(new EventListRequest { UpdatedSince = local }).Query;

        Assert.Equal(DateTimeKind.Utc, query.UpdatedSince!.Value.Kind);
        Assert.Equal(local.ToUniversalTime(), query.UpdatedSince);
    }

    [Theory]
    [InlineData(null, EventSort.Date)]
    [InlineData("date", EventSort.Date)]
    [InlineData("-date", EventSort.DateDesc)]
    [InlineData(" Updated ", EventSort.Updated)]
    public void Parse_Sort_TakesTheThreeOrders(string? sort, EventSort expected)
    {
        var (query, failures) = Parse(new EventListRequest { Sort = sort });

        Assert.Empty(failures);
        Assert.Equal(expected, query.Sort);
        Assert.Equal(sort is null ? "date" : sort.Trim().ToLowerInvariant(), EventQueryParser.SortName(expected));
    }

    [Theory]
    [InlineData("title")]
    [InlineData("+date")]
    [InlineData("date,-date")]
    public void Parse_AnUnknownSort_ListsTheOrders(string sort) =>
        AssertSingleFailure(new EventListRequest { Sort = sort }, "sort", "'sort' must be one of: date, -date, updated.");

    [Theory]
    [InlineData(1)]
    [InlineData(500)]
    public void Parse_Limit_IsThePageSize(int limit)
    {
        var (query, failures) = Parse(new EventListRequest { Limit = limit });

        Assert.Empty(failures);
        Assert.Equal(limit, query.Limit);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(501)]
    public void Parse_ALimitOutside1To500_GivesTheRangeAndDefault(int limit) =>
        AssertSingleFailure(new EventListRequest { Limit = limit }, "limit", "'limit' must be between 1 and 500 (default 50).");

    [Fact]
    public void Parse_SeveralBadParameters_ReportsEachOne()
    {
        var failures = Parse(new EventListRequest { From = "x", MinFatalities = -1, Sort = "x", Limit = 0, Bbox = "x" }).Failures;

        Assert.Equal(["bbox", "from", "limit", "minFatalities", "sort"], failures.Select(f => f.PropertyName).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void ParseExport_WithoutALimit_TakesEveryEvent()
    {
        var failures = new List<ValidationFailure>();

        var query = EventQueryParser.ParseExport(new EventListRequest { Sort = "-date" }, failures);

        Assert.Empty(failures);
        Assert.Equal(int.MaxValue, query.Limit);
        Assert.Equal(EventSort.DateDesc, query.Sort);
    }

    [Fact]
    public void ParseExport_ALimitOver500_IsACap()
    {
        var failures = new List<ValidationFailure>();

        var query = EventQueryParser.ParseExport(new EventListRequest { Limit = 100_000 }, failures);

        Assert.Empty(failures);
        Assert.Equal(100_000, query.Limit);
    }

    [Fact]
    public void ParseExport_ALimitBelow1_SaysToLeaveItOut()
    {
        var failures = new List<ValidationFailure>();

        EventQueryParser.ParseExport(new EventListRequest { Limit = 0 }, failures);

        var failure = Assert.Single(failures);
        Assert.Equal("limit", failure.PropertyName);
        Assert.Equal("'limit' must be at least 1; leave it out to export every matching event.", failure.ErrorMessage);
    }

    [Theory]
    [InlineData("year", EventStatsGroup.Year)]
    [InlineData("Month", EventStatsGroup.Month)]
    [InlineData("country", EventStatsGroup.Country)]
    public void ParseGroupBy_TakesOneGrouping(string groupBy, EventStatsGroup expected)
    {
        var failures = new List<ValidationFailure>();

        Assert.Equal(expected, EventQueryParser.ParseGroupBy(groupBy, failures));
        Assert.Empty(failures);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    [InlineData("year,month")]
    public void ParseGroupBy_NoneOrSeveral_AsksForExactlyOne(string? groupBy)
    {
        var failures = new List<ValidationFailure>();

        EventQueryParser.ParseGroupBy(groupBy, failures);

        var failure = Assert.Single(failures);
        Assert.Equal("groupBy", failure.PropertyName);
        Assert.Equal("'groupBy' needs exactly one value. Valid values: year, month, type, place, force, country.", failure.ErrorMessage);
    }

    [Fact]
    public void ParseGroupBy_AnUnknownGrouping_ListsTheGroupings()
    {
        var failures = new List<ValidationFailure>();

        EventQueryParser.ParseGroupBy("decade", failures);

        Assert.Equal("'decade' is not a valid groupBy. Valid values: year, month, type, place, force, country.", Assert.Single(failures).ErrorMessage);
    }

    private static (EventQuery Query, List<ValidationFailure> Failures) Parse(EventListRequest request)
    {
        var failures = new List<ValidationFailure>();
        var query = EventQueryParser.Parse(request, failures);
        return (query, failures);
    }

    private static void AssertSingleFailure(EventListRequest request, string field, string message)
    {
        var failure = Assert.Single(Parse(request).Failures);
        Assert.Equal(field, failure.PropertyName);
        Assert.Equal(message, failure.ErrorMessage);
    }
}
