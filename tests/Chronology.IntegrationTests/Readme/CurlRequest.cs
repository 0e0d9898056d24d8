using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Chronology.IntegrationTests.Readme;

/// <summary>
/// The curl options the README uses, sent through the test server's client, and what curl would print.
/// An option not listed here is refused, so an example never runs as something other than it says.
/// </summary>
public sealed class CurlRequest
{
    private string method = "GET";
    private string? url;
    private readonly List<(string Name, string Value)> headers = [];
    private string? data;
    private readonly List<string> form = [];
    private bool printHeaders;
    private bool discardBody;
    private string? writeOut;

    public static CurlRequest Parse(IReadOnlyList<string> words)
    {
        if (words.Count == 0 || words[0] != "curl")
        {
            throw new NotSupportedException($"an example must start with curl, not `{string.Join(' ', words)}`");
        }

        var request = new CurlRequest();
        for (var i = 1; i < words.Count; i++)
        {
            switch (words[i])
            {
                case "-s":
                    break;
                case "-i":
                    request.printHeaders = true;
                    break;
                case "-D" when words[i + 1] == "-":
                    request.printHeaders = true;
                    i++;
                    break;
                case "-o" when words[i + 1] == "/dev/null":
                    request.discardBody = true;
                    i++;
                    break;
                case "-X":
                    request.method = words[++i];
                    break;
                case "-H":
                    var header = words[++i];
                    var colon = header.IndexOf(':', StringComparison.Ordinal);
                    request.headers.Add((header[..colon].Trim(), header[(colon + 1)..].Trim()));
                    break;
                case "-d":
                    request.data = words[++i];
                    request.method = request.method == "GET" ? "POST" : request.method;
                    break;
                case "-F":
                    request.form.Add(words[++i]);
                    request.method = request.method == "GET" ? "POST" : request.method;
                    break;
                case "-w":
                    request.writeOut = words[++i];
                    break;
                case var word when !word.StartsWith('-') && request.url is null:
                    request.url = word.StartsWith("http", StringComparison.Ordinal) ? word : "http://" + word;
                    break;
                default:
                    throw new NotSupportedException($"curl option '{words[i]}' is not one the README test knows");
            }
        }

        return request.url is null ? throw new NotSupportedException("curl without a URL") : request;
    }

    /// <summary>Sends the request and returns what curl would write to its standard output.</summary>
    public async Task<string> RunAsync(HttpClient client, string repositoryRoot)
    {
        using var message = new HttpRequestMessage(new HttpMethod(method), url);
        message.Content = Content(repositoryRoot);
        var accept = false;
        foreach (var (name, value) in headers)
        {
            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                message.Content!.Headers.ContentType = MediaTypeHeaderValue.Parse(value);
                continue;
            }

            accept |= name.Equals("Accept", StringComparison.OrdinalIgnoreCase);
            message.Headers.TryAddWithoutValidation(name, value);
        }

        if (!accept)
        {
            // What curl sends when told nothing else.
            message.Headers.Accept.ParseAdd("*/*");
        }

        using var response = await client.SendAsync(message);
        var output = new StringBuilder();
        var status = (int)response.StatusCode;
        if (printHeaders)
        {
            output.Append("HTTP/1.1 ").Append(status).Append(' ').Append(ReasonPhrases.GetReasonPhrase(status)).Append('\n');
            // Sorted by name: the in-memory server does not keep the order Kestrel writes them in, and order carries no meaning.
            foreach (var (name, values) in response.Headers.Concat(response.Content.Headers).OrderBy(h => h.Key, StringComparer.OrdinalIgnoreCase))
            {
                output.Append(name).Append(": ").Append(string.Join(", ", values)).Append('\n');
            }

            output.Append('\n');
        }

        if (!discardBody)
        {
            output.Append(await response.Content.ReadAsStringAsync());
        }

        if (writeOut is not null)
        {
            output.Append(writeOut == "%{http_code}\\n" ? $"{status}\n" : throw new NotSupportedException($"curl -w '{writeOut}'"));
        }

        return output.ToString();
    }

    private HttpContent? Content(string repositoryRoot)
    {
        if (data is not null)
        {
            // curl -d sends form encoding unless told otherwise; every example says application/json.
            return new StringContent(data, Encoding.UTF8, "application/x-www-form-urlencoded");
        }

        if (form.Count == 0)
        {
            return null;
        }

        var multipart = new MultipartFormDataContent();
        foreach (var part in form)
        {
            var (name, value) = (part[..part.IndexOf('=', StringComparison.Ordinal)], part[(part.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            if (!value.StartsWith('@'))
            {
                multipart.Add(new StringContent(value), name);
                continue;
            }

            var fields = value[1..].Split(';');
            var file = new ByteArrayContent(File.ReadAllBytes(Path.Combine(repositoryRoot, fields[0])));
            foreach (var field in fields.Skip(1))
            {
                file.Headers.ContentType = field.StartsWith("type=", StringComparison.Ordinal)
                    ? MediaTypeHeaderValue.Parse(field[5..])
                    : throw new NotSupportedException($"curl -F field '{field}'");
            }

            multipart.Add(file, name, Path.GetFileName(fields[0]));
        }

        return multipart;
    }
}
