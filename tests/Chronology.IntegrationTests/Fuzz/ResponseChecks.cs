using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Chronology.Application.Text;

namespace Chronology.IntegrationTests.Fuzz;

/// <summary>What every answer to a fuzzed request must be, whatever the request was.</summary>
public static partial class ResponseChecks
{
    /// <summary>Text that only the inside of the service writes: .NET names, stack traces, SQL, the JSON reader's own messages.</summary>
    public static readonly string[] LeakMarkers =
    [
        "System.", "Chronology.", "Microsoft.", ".cs:line", "Exception", "SELECT ", "INSERT ", "SQLite", "Npgsql",
        "syntax error", "BytePositionInLine", "LineNumber:",
    ];

    /// <summary>Null when the answer is acceptable; otherwise what is wrong with it.</summary>
    public static string? Check(string method, int status, string? mediaType, string body)
    {
        if (status >= 500)
        {
            return $"server error {status}";
        }

        if (status is < 200 or (>= 300 and not 304) and < 400)
        {
            return $"unexpected status {status}";
        }

        if (method == "HEAD")
        {
            return null;
        }

        if (status is 204 or 304)
        {
            return body.Length == 0 ? null : $"{status} with a body";
        }

        return status >= 400 ? CheckProblem(status, mediaType, body) : CheckSuccess(mediaType, body);
    }

    /// <summary>A create or update of an event, place, force or source: its answer is the record as stored.</summary>
    public static bool AnswersWithTheStoredRecord(string url) => RecordWrite().IsMatch(url);

    /// <summary>
    /// Null when every text in the stored record is in normalisation form C and no name, alias, abbreviation,
    /// title or publisher holds an invisible or direction-control character; otherwise the first that does.
    /// </summary>
    public static string? CheckStoredText(string body)
    {
        using var document = JsonDocument.Parse(body);
        return CheckText(document.RootElement, null);
    }

    /// <summary>The first leak marker in the text, or null.</summary>
    public static string? FindLeak(string text)
    {
        var marker = LeakMarkers.FirstOrDefault(m => text.Contains(m, StringComparison.Ordinal));
        if (marker is not null)
        {
            return marker;
        }

        var frame = StackFrame().Match(text);
        return frame.Success ? frame.Value : null;
    }

    private static string? CheckProblem(int status, string? mediaType, string body)
    {
        if (body.Length == 0)
        {
            return $"{status} without a problem body";
        }

        if (mediaType != "application/problem+json")
        {
            return $"{status} as '{mediaType}', not application/problem+json";
        }

        if (FindLeak(body) is { } leak)
        {
            return $"{status} reveals internals ('{leak}')";
        }

        JsonElement problem;
        try
        {
            using var document = JsonDocument.Parse(body);
            problem = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return $"{status} problem body is not JSON";
        }

        if (problem.ValueKind != JsonValueKind.Object)
        {
            return $"{status} problem body is not a JSON object";
        }

        if (!problem.TryGetProperty("status", out var stated) || stated.ValueKind != JsonValueKind.Number || stated.GetInt32() != status)
        {
            return $"{status} problem body's 'status' is not {status}";
        }

        return problem.TryGetProperty("traceId", out var traceId) && traceId.ValueKind == JsonValueKind.String && traceId.GetString()!.Length > 0
            ? null
            : $"{status} problem body has no traceId";
    }

    private static string? CheckSuccess(string? mediaType, string body)
    {
        switch (mediaType)
        {
            case "text/csv":
                return body.StartsWith("id,start,end,", StringComparison.Ordinal) ? null : "CSV export without its header row";
            case "text/calendar":
                return body.StartsWith("BEGIN:VCALENDAR\r\n", StringComparison.Ordinal) && body.EndsWith("END:VCALENDAR\r\n", StringComparison.Ordinal)
                    ? null
                    : "iCalendar export is not one whole VCALENDAR";
            case "application/x-ndjson":
                return body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => CheckSuccess("application/json", line)).FirstOrDefault(f => f is not null);
            case "application/geo+json":
                return CheckSuccess("application/json", body);
            // Accept: text/* gets JSON labelled text/json from MVC's JSON formatter.
            case not ("application/json" or "text/json"):
                return $"success as '{mediaType}', not application/json or an export type";
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return null;
        }
        catch (JsonException)
        {
            return "success body is not JSON";
        }
    }

    private static readonly HashSet<string> NameMembers = ["name", "aliases", "abbreviation", "title", "publisher"];

    private static string? CheckText(JsonElement element, string? member) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().Select(p => CheckText(p.Value, p.Name)).FirstOrDefault(f => f is not null),
        JsonValueKind.Array => element.EnumerateArray().Select(e => CheckText(e, member)).FirstOrDefault(f => f is not null),
        JsonValueKind.String => CheckText(element.GetString()!, member),
        _ => null,
    };

    private static string? CheckText(string text, string? member)
    {
        if (!IsComposed(text))
        {
            return $"'{member}' was stored decomposed (not NFC): {FuzzRequest.Escape(text)}";
        }

        return member is not null && NameMembers.Contains(member) && TextInput.FindInvisible(text) is { } found
            ? $"'{member}' was stored with {TextInput.Describe(found.Character)} at index {found.Index}: {FuzzRequest.Escape(text)}"
            : null;
    }

    // Text that is not valid UTF-16 has no normalisation form; other checks deal with it.
    private static bool IsComposed(string text)
    {
        try
        {
            return text.IsNormalized(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return true;
        }
    }

    [GeneratedRegex(@"^/api/v1/(events|places|forces|sources)(/[0-9]+)?(\?|$)")]
    private static partial Regex RecordWrite();

    // A .NET stack frame: "at Namespace.Type.Method(" — "nothing at this address" is not one.
    [GeneratedRegex(@"\bat [\w.`<>\[\]+]+\.[\w<>`]+\(")]
    private static partial Regex StackFrame();
}
