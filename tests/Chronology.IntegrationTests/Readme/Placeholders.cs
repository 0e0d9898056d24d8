using System.Text;
using System.Text.RegularExpressions;

namespace Chronology.IntegrationTests.Readme;

/// <summary>
/// The README's convention for values that differ from run to run. In a printed answer, a placeholder
/// stands for exactly one value of its kind, and nothing else in the answer is loose:
/// <list type="bullet">
/// <item><c>&lt;cursor&gt;</c> — an opaque cursor (base64url), as <c>nextCursor</c> carries it;</item>
/// <item><c>&lt;time&gt;</c> — a UTC time the service stamped: <c>2026-12-01T20:44:54.5679225Z</c> or <c>2026-12-01 21:34:35Z</c>;</item>
/// <item><c>&lt;ics-time&gt;</c> — the same in iCalendar form, <c>20261201T204454Z</c>;</item>
/// <item><c>&lt;trace-id&gt;</c> — the request's trace id: the W3C id of its activity, <c>00-…-…-00</c>, or, for a
/// request ASP.NET Core recorded no activity for, the server's request id (<c>0HNQG7J6RVTTK</c>), as
/// problem details fall back to it (<c>ProblemResponses</c>). The test hosts run in parallel in one process, and whether a
/// request gets an activity depends on a process-wide listener that each host adds when it starts and takes away
/// when it is disposed, so a request in flight while another test's host shuts down can get none.</item>
/// </list>
/// A digit may follow the kind (<c>&lt;cursor2&gt;</c>) to tell values apart. The first answer that shows a
/// placeholder binds it: later in the same section it must be the same value, and a command that
/// names it (<c>?after=&lt;cursor&gt;</c>) is sent with that value.
/// </summary>
public static partial class Placeholders
{
    private static readonly Dictionary<string, string> Kinds = new()
    {
        ["cursor"] = "[A-Za-z0-9_-]+",
        ["time"] = @"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d{1,7})?Z",
        ["ics-time"] = @"\d{8}T\d{6}Z",
        ["trace-id"] = "(?:00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]|0H[0-9A-V]{11}(?::[0-9A-F]{8})?)",
    };

    /// <summary>True when the answer is the expected text, placeholders aside; binds the placeholders it shows.</summary>
    public static bool Match(string expected, string actual, Dictionary<string, string> bound)
    {
        var pattern = new StringBuilder("^");
        var groups = new Dictionary<string, string>();
        var last = 0;
        foreach (Match placeholder in Placeholder().Matches(expected))
        {
            pattern.Append(Regex.Escape(expected[last..placeholder.Index]));
            var name = placeholder.Groups["name"].Value;
            var group = "p" + groups.Count;
            if (bound.TryGetValue(name, out var value))
            {
                pattern.Append(Regex.Escape(value));
            }
            else if (groups.FirstOrDefault(g => g.Value == name).Key is { } earlier)
            {
                pattern.Append(@"\k<").Append(earlier).Append('>');
            }
            else
            {
                groups[group] = name;
                pattern.Append("(?<").Append(group).Append('>').Append(Kinds[placeholder.Groups["kind"].Value]).Append(')');
            }

            last = placeholder.Index + placeholder.Length;
        }

        pattern.Append(Regex.Escape(expected[last..])).Append('$');
        var match = Regex.Match(actual, pattern.ToString());
        if (!match.Success)
        {
            return false;
        }

        foreach (var (group, name) in groups)
        {
            bound[name] = match.Groups[group].Value;
        }

        return true;
    }

    /// <summary>The command with each placeholder replaced by the value an earlier answer bound to it.</summary>
    public static string Fill(string command, IReadOnlyDictionary<string, string> bound) =>
        Placeholder().Replace(command, placeholder => bound.TryGetValue(placeholder.Groups["name"].Value, out var value)
            ? value
            : throw new InvalidOperationException($"{placeholder.Value} in `{command}` is not shown by an earlier answer in its section"));

    [GeneratedRegex(@"<(?<name>(?<kind>cursor|time|ics-time|trace-id)\d*)>")]
    private static partial Regex Placeholder();
}
