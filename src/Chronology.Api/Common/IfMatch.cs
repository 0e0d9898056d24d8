using Microsoft.Net.Http.Headers;

namespace Chronology.Api.Common;

/// <summary>Reads the version a write expects from its If-Match header.</summary>
public static class IfMatch
{
    /// <summary>
    /// Null when the header is absent or "*" (no precondition); the version named by <c>"7"</c> or
    /// <c>W/"7"</c>; and -1, which matches no version, for anything else, so a garbled header is a 412.
    /// </summary>
    public static int? ExpectedVersion(HttpRequest request)
    {
        var header = request.Headers[HeaderNames.IfMatch].ToString().Trim();
        if (header.Length == 0 || header == "*")
        {
            return null;
        }

        var tag = header.Split(',')[0].Trim();
        tag = tag.StartsWith("W/", StringComparison.Ordinal) ? tag[2..] : tag;
        return tag.Length > 2 && tag[0] == '"' && tag[^1] == '"' && int.TryParse(tag[1..^1], out var version) ? version : -1;
    }
}
