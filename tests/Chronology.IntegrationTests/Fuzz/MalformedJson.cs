using System.Text;

namespace Chronology.IntegrationTests.Fuzz;

/// <summary>JSON that is not quite JSON: truncated, commented, single-quoted, BOM-led, NUL-laced, not UTF-8, or not an object.</summary>
public static class MalformedJson
{
    public static (byte[] Bytes, string What) Break(string json, Random random)
    {
        var cut = random.Next(Math.Max(1, json.Length));
        var (text, what) = random.Next(14) switch
        {
            0 => (json[..cut], $"truncated at {cut}"),
            1 => (json.Length > 1 ? json[..^1] + ",}" : json, "trailing comma"),
            2 => ("\uFEFF" + json, "byte order mark"),
            3 => ("/* comment */ " + json + " // trailing", "comments"),
            4 => (json.Replace('"', '\''), "single quotes"),
            5 => (json.Length > 2 ? json[..^1] + "," + json[1..] : json, "duplicate members"),
            6 => ("", "empty body"),
            7 => ("   \r\n\t ", "white space only"),
            8 => (FuzzPayloads.Pick(random, ["null", "[]", "\"text\"", "1", "true", "[{}]", "{}{}", "{\"a\":1}{\"b\":2}"]), "not an object"),
            9 => (json.Insert(cut, "\0"), $"NUL byte at {cut}"),
            10 => (json + new string(' ', 70_000), "70 KB of trailing white space"),
            11 => (json.Replace(":", ":\n\n\n"), "odd white space"),
            12 => ("{\"a\":" + string.Concat(Enumerable.Repeat("{\"a\":", 100)) + "1" + new string('}', 100), "unclosed nesting"),
            _ => (json, "invalid UTF-8"),
        };

        var bytes = Encoding.UTF8.GetBytes(text);
        if (what == "invalid UTF-8")
        {
            bytes = [.. bytes.Take(cut), 0xFF, 0xFE, 0xC3, 0x28, 0xED, 0xA0, 0x80, .. bytes.Skip(cut)];
        }

        return (bytes, what);
    }
}
