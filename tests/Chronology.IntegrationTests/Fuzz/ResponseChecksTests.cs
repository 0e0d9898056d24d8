using System.Reflection;

namespace Chronology.IntegrationTests.Fuzz;

/// <summary>The fuzzer's checks, shown able to fail: each bad answer here must be refused, each good one let through.</summary>
public sealed class ResponseChecksTests
{
    private const string Problem404 =
        """{"type":"https://tools.ietf.org/html/rfc9110#section-15.5.5","title":"Not found.","status":404,"detail":"There is nothing at this address.","traceId":"00-ab-cd-00"}""";

    [Theory]
    [InlineData("GET", 500, "application/problem+json", """{"status":500,"traceId":"x"}""", "server error")]
    [InlineData("GET", 503, null, "", "server error")]
    [InlineData("GET", 302, null, "", "unexpected status")]
    [InlineData("GET", 404, "application/json", Problem404, "not application/problem+json")]
    [InlineData("GET", 404, "text/plain", "Not Found", "not application/problem+json")]
    [InlineData("POST", 413, null, "", "without a problem body")]
    [InlineData("GET", 400, "application/problem+json", """{"status":404,"traceId":"x"}""", "'status' is not 400")]
    [InlineData("GET", 400, "application/problem+json", """{"status":"400","traceId":"x"}""", "'status' is not 400")]
    [InlineData("GET", 400, "application/problem+json", """{"status":400}""", "no traceId")]
    [InlineData("GET", 400, "application/problem+json", """{"status":400,"traceId":""}""", "no traceId")]
    [InlineData("GET", 400, "application/problem+json", "{\"status\":400,", "not JSON")]
    [InlineData("GET", 400, "application/problem+json", "[400]", "not a JSON object")]
    [InlineData("GET", 400, "application/problem+json", """{"status":400,"traceId":"x","detail":"System.FormatException"}""", "System.")]
    [InlineData("GET", 400, "application/problem+json", """{"status":400,"traceId":"x","detail":"Object reference not set\n   at Foo.Bar.Baz(Int32 id)"}""", "at Foo.Bar.Baz(")]
    [InlineData("GET", 400, "application/problem+json", """{"status":400,"traceId":"x","detail":"in EventsController.cs:line 42"}""", ".cs:line")]
    [InlineData("GET", 409, "application/problem+json", """{"status":409,"traceId":"x","detail":"SQLite Error 19: UNIQUE constraint failed"}""", "SQLite")]
    [InlineData("GET", 409, "application/problem+json", """{"status":409,"traceId":"x","detail":"near \"FROM\": syntax error"}""", "syntax error")]
    [InlineData("GET", 400, "application/problem+json", """{"status":400,"traceId":"x","detail":"SELECT * FROM Events"}""", "SELECT ")]
    [InlineData("GET", 400, "application/problem+json", """{"status":400,"traceId":"x","detail":"'0xE2' is invalid. LineNumber: 0 | BytePositionInLine: 0."}""", "BytePositionInLine")]
    [InlineData("GET", 400, "application/problem+json", """{"status":400,"traceId":"x","detail":"An Exception occurred"}""", "Exception")]
    [InlineData("GET", 304, "application/json", "{}", "304 with a body")]
    [InlineData("GET", 200, "text/html", "<html></html>", "not application/json")]
    [InlineData("GET", 200, "application/json", "{\"items\":[", "not JSON")]
    public void Check_RefusesABadAnswer(string method, int status, string? mediaType, string body, string expected)
    {
        var failure = ResponseChecks.Check(method, status, mediaType, body);

        Assert.NotNull(failure);
        Assert.Contains(expected, failure);
    }

    [Theory]
    [InlineData("GET", 404, "application/problem+json", Problem404)]
    [InlineData("GET", 200, "application/json", """{"items":[],"nextCursor":null}""")]
    [InlineData("GET", 304, null, "")]
    [InlineData("DELETE", 204, null, "")]
    [InlineData("HEAD", 405, "application/problem+json", "")]
    public void Check_AcceptsAGoodAnswer(string method, int status, string? mediaType, string body) =>
        Assert.Null(ResponseChecks.Check(method, status, mediaType, body));

    /// <summary>Validation messages echo what was sent, so no payload may look like a leak, or the leak check would cry wolf.</summary>
    [Fact]
    public void NoPayload_LooksLikeALeak()
    {
        var payloads = typeof(FuzzPayloads).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(string[]))
            .SelectMany(f => (string[])f.GetValue(null)!)
            .ToList();

        Assert.True(payloads.Count > 100, $"Only {payloads.Count} payloads.");
        Assert.All(payloads, payload => Assert.Null(ResponseChecks.FindLeak(payload)));
    }
}
