using System.Text;

namespace Chronology.IntegrationTests.Fuzz;

/// <summary>One generated request, complete enough to replay by hand from its description.</summary>
/// <param name="Method">The HTTP method, possibly one the path does not accept.</param>
/// <param name="Url">Path and query, as <see cref="Uri"/> sends them (see <see cref="Canonical"/>).</param>
/// <param name="Headers">Request headers, the API key among them.</param>
/// <param name="Body">The body bytes, or null for none.</param>
/// <param name="ContentType">The Content-Type header of the body, or null to send none.</param>
/// <param name="Target">The documented operation the request was made from.</param>
/// <param name="Mutations">What was done to it, for the reader of a failure.</param>
public sealed record FuzzRequest(
    string Method,
    string Url,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    byte[]? Body,
    string? ContentType,
    string Target,
    string Mutations)
{
    public const int ShownBodyChars = 500;

    /// <summary>What the fuzzer knows of the body it made for a documented body schema; null when there is none.</summary>
    public Verdict? BodyVerdict { get; init; }

    public HttpRequestMessage ToMessage(Uri baseAddress)
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), new Uri(baseAddress, Url));
        foreach (var (name, value) in Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Body);
            if (ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }

        return message;
    }

    /// <summary>The path and query as they go out: <see cref="Uri"/> removes dot segments and escapes what a URL cannot carry.</summary>
    public static string Canonical(string pathAndQuery) => new Uri(new Uri("http://localhost"), pathAndQuery).PathAndQuery;

    /// <summary>The request as a reader would type it again: method, URL, headers, body (cut to 500 characters).</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.Append(Method).Append(' ').AppendLine(Url);
        foreach (var (name, value) in Headers)
        {
            text.Append(name).Append(": ").AppendLine(Escape(value));
        }

        if (Body is not null)
        {
            text.Append("Content-Type: ").AppendLine(ContentType is null ? "(none)" : Escape(ContentType));
            var body = Encoding.UTF8.GetString(Body);
            text.Append("Body (").Append(Body.Length).Append(" bytes): ")
                .AppendLine(Escape(body.Length > ShownBodyChars ? body[..ShownBodyChars] + "…" : body));
        }

        text.Append("Made from ").Append(Target).Append(" by: ").Append(Mutations);
        if (BodyVerdict is { } verdict)
        {
            text.Append(" (body judged ").Append(verdict).Append(')');
        }

        return text.ToString();
    }

    // Control characters shown as \uXXXX, so a failure message prints on one line and can be pasted back.
    public static string Escape(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            _ = char.IsControl(c) || c is '\u200B' or '\u200D' or '\u202E' or '\u202C' or '\uFEFF'
                ? text.Append($"\\u{(int)c:x4}")
                : text.Append(c);
        }

        return text.ToString();
    }
}
