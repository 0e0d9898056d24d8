using System.Text;

namespace Chronology.IntegrationTests.Fuzz;

/// <summary>
/// The nasty values. None of them may contain what <see cref="ResponseChecks"/> looks for as a leak,
/// since validation messages echo them back (a test checks that).
/// </summary>
public static class FuzzPayloads
{
    public static readonly string[] Injections =
    [
        "' OR 1=1 --", "\"; DROP TABLE Events; --", "1; DELETE FROM Places", "' UNION ALL (1) --", "%", "_", "%_", "%%%", "a%b_c",
        "\\", "\\\\%", "\\_", "'", "\"", "`", "\u202Eevil\u202C", "zero\u200Bwidth\u200D", "\uFEFFbom", "nul\u0000byte", "\u0000",
        "\u0001\u0002\u001f", "😀🔥", "👩‍👩‍👧‍👦", "Kobanî Şengal", "a\u0301\u0301\u0301\u0301", "../../etc/passwd", "..\\..\\win.ini",
        "<script>alert(1)</script>", "{{7*7}}", "${7*7}", "#{7*7}", "line\r\nInjected: header", "\r\n\r\n", "\n", "", " ", "\t",
        "null", "undefined", "[]", "{}", "0", "-1", "1e308", "NaN", "true", "%00", "%2e%2e%2f", "\u0085\u2028\u2029", "ﷺ",
        "a\u00A0b", "x,y,z", ",,,", "daesh", "IS", "Kobani", "1", "2",
        "Kobani\u0302", "S\u0327engal", "Kob\u200Ban\u00EE", "\u202ESDF", "\u2066Kobani\u2069", "\u200Ename\u200F", "soft\u00ADhyphen",
        "\u061Cx", "tag\uDB40\uDC01", "a\u200Cb", "\u0645\u200C\u0622", "Se\u0301re\u0302 Kaniye\u0302",
    ];

    /// <summary>Text at and just past the length limits, and text that grows when folded (Hangul decomposes into jamo).</summary>
    public static readonly string[] LengthEdges =
    [
        new string('x', 32), new string('x', 33), new string('x', 200), new string('x', 201), new string('x', 400), new string('x', 401),
        new string('x', 4000), new string('x', 4001), new string('한', 32), new string('한', 200), new string('ﬃ', 200),
        string.Concat(Enumerable.Repeat("a\u0301", 100)),
    ];

    public static readonly string[] Dates =
    [
        "0000-01-01", "0000", "0001-01-01", "0001", "9999-12-31", "9999", "99999", "99999-12-31", "2015-02-30", "2015-02-29",
        "2016-02-29", "2015-13-01", "2015-00-10", "2015-2-3", "2015/02/27", "27.02.2015", "2015-02-27T00:00:00Z", "-0001-01-01",
        "+002015-01-01", "2015-02", "2015", "1e308", "2015-02-27T25:00:00", "9999-12-31T23:59:59.9999999Z",
        "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00", "2015-W09", "２０１５", "2015-02-27 ", " 2015",
    ];

    public static readonly string[] Numbers =
    [
        "0", "-1", "1", "-2147483648", "2147483647", "2147483648", "-2147483649", "9223372036854775808",
        "99999999999999999999999999", "1.5", "1e3", "0x10", "+1", "1,2", " 1", "١٢", "NaN", "Infinity", "-0", "abc", "",
        "91", "-91", "181", "1e308", "-1e308", "4.9e-324",
    ];

    public static readonly string[] Boxes =
    [
        "38,35.5,42,37.5", "-180,-90,180,90", "NaN,NaN,NaN,NaN", "1e308,0,0,0", "181,0,0,0", "0,91,1,92", "1,2,3", "1,2,3,4,5",
        ",,,", "a,b,c,d", "42,37.5,38,35.5", "Infinity,0,0,0", "0,0,0,0", "-0,-0,0,0",
    ];

    public static readonly string[] Sorts = ["date", "-date", "updated", "DATE", "--date", "-updated", "id", "date,updated"];

    /// <summary>JSON fragments written into a body as they are, where a member's value goes.</summary>
    public static readonly string[] RawJson =
    [
        "NaN", "Infinity", "-Infinity", "1e308", "1e400", "-1e400", "2147483648", "-2147483649", "9223372036854775808", "1.5",
        "-0", "0.0", "1E+2", "true", "false", "[]", "{}", "[null]", "[{}]", "\"\"", "\"\\ud800\"", "\"\\udc00x\"", "\"\\u0000\"",
        "\"\\uFFFF\"", "{\"id\":{}}", "[[1]]", "\"2015-02-30\"", "\"0000-01-01\"", "\"9999-12-31\"", "\"99999-01-01\"",
        "\"0001-01-01\"", "91", "-91", "181", "\"NaN\"", "\"1e308\"", "0", "-1", "2147483647",
    ];

    public static readonly string[] Keys = ["", "wrong-key", "test-editor-key ", "TEST-EDITOR-KEY", "Bearer test-editor-key", "\u0001", "ключ", "test-reader-key\t"];

    public static readonly string[] ETagGarbage =
    [
        "*", "\"1\"", "W/\"1\"", "\"\"", "\"-1\"", "\"0\"", "\"2147483648\"", "garbage", "\"1\", \"2\"", ",,,", "W/", "\"", "W/\"abc\"",
        "\"1\" garbage", "* , \"1\"", "\"99999999999999999999\"",
    ];

    public static readonly string[] IdempotencyKeys =
    [
        "fuzz-1", "fuzz-2", "fuzz-3", " ", "a\u0001b", "\t", "x", "' OR 1=1 --", "../../etc/passwd", "{{7*7}}", "ключ",
    ];

    public static readonly string[] MediaTypes =
    [
        "text/plain", "application/xml", "multipart/form-data; boundary=fuzz", "application/x-www-form-urlencoded",
        "application/json; charset=utf-16", "application/json; charset=nonsense", "application/problem+json",
        "application/merge-patch+json", "*/*", "application/jsonx", "application/json;;;", "json", "application/json; charset=\"",
    ];

    public static readonly string[] MalformedQueries =
    [
        "limit", "=x", "%zz", "&&&", "limit[]=1", "limit[0]=1", "%", "q=%E0%A4%A", "q=%C0%AF", "q=%FF", "q=%00", "limit=1&limit=2",
        "cursor=a&cursor=b", "q=a&q=b&q=c", "LIMIT=1&limit=2", "limit=%2B1", "q", "=", "%3D=%26", "limit=1;limit=2",
    ];

    /// <summary>Accept headers: ones the exports satisfy, ones nothing satisfies (406 on the event list), and malformed ones.</summary>
    public static readonly string[] AcceptHeaders =
    [
        "text/csv", "application/geo+json", "text/calendar", "application/x-ndjson", "application/json", "*/*", "text/*",
        "image/png", "application/xml", "text/html", "application/json;q=0, image/*", "application/problem+json", "",
        "text/csv;q=abc", ";;;", "*/*;q=0", "application/*+json",
    ];

    /// <summary>Values of the export <c>format</c> parameter, known and not.</summary>
    public static readonly string[] Formats = ["csv", "geojson", "ics", "ndjson", "timelinejs", "json", "CSV", "xml", "", "csv,ics", "ics\u0000"];

    /// <summary>Values of the statistics' <c>groupBy</c>, known and not.</summary>
    public static readonly string[] Groupings = ["year", "month", "type", "place", "force", "country", "YEAR", "day", "", "year,month"];

    public static readonly string[] WrongMethods = ["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "FUZZ"];

    public static readonly string[] ExtraMembers = ["id", "version", "createdAt", "$type", "__proto__", "constructor", "Title", "TITLE", "", "x"];

    public static string Huge(Random random) => random.Next(3) switch
    {
        0 => new string('x', 100_000 + random.Next(20_000)),
        1 => string.Concat(Enumerable.Repeat("kobani ", 16_000)),
        _ => string.Concat(Enumerable.Repeat("Şe\u0301😀", 20_500)),
    };

    /// <summary>Deep nesting, huge arrays and huge strings, as raw JSON.</summary>
    public static string HugeJson(Random random) => random.Next(6) switch
    {
        0 => new string('[', 10_000) + new string(']', 10_000),
        1 => string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000),
        2 => "[" + string.Join(",", Enumerable.Repeat("1", 100_000)) + "]",
        3 => "[" + string.Join(",", Enumerable.Range(1, 10_000).Select(i => $"{{\"id\":{i},\"sourceId\":{i},\"role\":\"target\",\"quote\":\"q\"}}")) + "]",
        4 => "\"" + Huge(random) + "\"",
        _ => "[" + new string('[', 5_000) + new string(']', 4_999),
    };

    /// <summary>A cursor: a real one changed a little, or something that only looks like one.</summary>
    public static string Cursor(Random random, IReadOnlyList<string> real)
    {
        var cursor = real.Count > 0 ? real[random.Next(real.Count)] : "AAAA";
        var at = random.Next(cursor.Length);
        return random.Next(10) switch
        {
            0 => cursor,
            1 => cursor[..at] + (cursor[at] == 'A' ? 'B' : 'A') + cursor[(at + 1)..],
            2 => cursor[..^1],
            3 => cursor + "A",
            4 => cursor + cursor,
            5 => Base64Url("2015-01-01\u001f0\u001f1\u001f0000000000000000"),
            6 => Base64Url("9999-12-31\u001f99999999999999999999\u001f-1\u001f" + new string('0', 16)),
            7 => new string('A', 1024 + random.Next(2)),
            8 => "====",
            _ => Pick(random, Injections),
        };
    }

    public static string Pick(Random random, IReadOnlyList<string> values) => values[random.Next(values.Count)];

    private static string Base64Url(string text) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
