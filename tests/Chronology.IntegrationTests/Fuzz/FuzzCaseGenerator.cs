using System.Globalization;
using Chronology.IntegrationTests.Infrastructure;

namespace Chronology.IntegrationTests.Fuzz;

/// <summary>
/// Turns the documented operations into invalid and boundary requests: odd path ids, query values of
/// every bad kind, broken bodies and media types, wrong methods, garbage conditional and idempotency
/// headers, each sent with no key, the reader key, the editor key or a wrong key.
/// </summary>
public sealed class FuzzCaseGenerator(IReadOnlyList<ApiOperation> operations, FuzzTargets targets, int seed)
{
    private readonly Random random = new(seed);

    public IEnumerable<FuzzRequest> Generate(int count)
    {
        var bodies = new BodyMutator(random, targets);
        for (var i = 0; i < count; i++)
        {
            // Every operation in turn, so a small run still reaches each of them.
            yield return Next(operations[i % operations.Count], bodies);
        }

        // Then each JSON write once per line of its contract, with the editor key and nothing else wrong.
        foreach (var operation in operations.Where(o => o.Method is "POST" or "PUT" && o.Body is not null && o.BodyMediaTypes.FirstOrDefault() == "application/json"))
        {
            foreach (var (body, description, verdict) in bodies.Edges(operation.Body!, WriteContract.For(operation.PathTemplate)))
            {
                var path = operation.PathParameters.Aggregate(operation.PathTemplate, (p, parameter) =>
                    p.Replace("{" + parameter.Name + "}", targets.ExistingId(operation.PathTemplate, random).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
                yield return new FuzzRequest(operation.Method, path, [new("X-Api-Key", ChronologyApiFactory.EditorKey)], body, "application/json", operation.ToString(),
                    "editor key; " + description)
                { BodyVerdict = verdict };
            }
        }
    }

    private FuzzRequest Next(ApiOperation operation, BodyMutator bodies)
    {
        var steps = new List<string>();
        var headers = new List<KeyValuePair<string, string>>();
        AddKey(headers, steps);

        var method = operation.Method;
        if (random.Next(12) == 0)
        {
            method = FuzzPayloads.Pick(random, FuzzPayloads.WrongMethods);
            steps.Add($"method {method}");
        }

        var (path, id) = Path(operation, method, steps);
        var url = FuzzRequest.Canonical(path + Query(operation, steps));

        byte[]? body = null;
        string? contentType = null;
        Verdict? verdict = null;
        if (operation.Body is not null || random.Next(20) == 0)
        {
            (body, var description, var judged) = bodies.Create(operation.Body ?? ApiSchema.Unknown, WriteContract.For(operation.PathTemplate));
            steps.Add(description);
            contentType = ContentType(operation, steps);
            // Only a documented body is judged: one sent where none is documented is not read.
            verdict = operation.Body is null ? null : judged;
        }

        AddConditionalHeaders(operation, headers, id, steps);
        if (random.Next(8) == 0)
        {
            var accept = FuzzPayloads.Pick(random, FuzzPayloads.AcceptHeaders);
            headers.Add(new("Accept", accept));
            steps.Add($"Accept {accept}");
        }

        return new FuzzRequest(method, url, headers, body, contentType, operation.ToString(), string.Join("; ", steps)) { BodyVerdict = verdict };
    }

    private void AddKey(List<KeyValuePair<string, string>> headers, List<string> steps)
    {
        // Half the requests carry the editor key: without it no write gets past authorisation to its body.
        var (key, what) = random.Next(10) switch
        {
            < 5 => (ChronologyApiFactory.EditorKey, "editor key"),
            5 or 6 => (ChronologyApiFactory.ReaderKey, "reader key"),
            7 => (FuzzPayloads.Pick(random, FuzzPayloads.Keys), "wrong key"),
            8 => (new string('k', 10_000), "10 KB key"),
            _ => (null, "no key"),
        };

        if (key is not null)
        {
            headers.Add(new("X-Api-Key", key));
        }

        steps.Add(what);
    }

    private (string Path, int? Id) Path(ApiOperation operation, string method, List<string> steps)
    {
        var path = operation.PathTemplate;
        int? id = null;
        foreach (var parameter in operation.PathParameters)
        {
            var existing = targets.ExistingId(operation.PathTemplate, random, toDelete: method == "DELETE");
            var value = random.Next(10) switch
            {
                < 5 => existing.ToString(CultureInfo.InvariantCulture),
                5 => FuzzTargets.UnknownId.ToString(CultureInfo.InvariantCulture),
                6 or 7 => FuzzPayloads.Pick(random, FuzzPayloads.Numbers),
                _ => FuzzPayloads.Pick(random, FuzzPayloads.Injections).Replace('\0', '0'),
            };

            // (A NUL in the path never reaches the app: Kestrel answers 400 itself, and the in-memory server throws.)
            id = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
            path = path.Replace("{" + parameter.Name + "}", Uri.EscapeDataString(value), StringComparison.Ordinal);
            steps.Add($"{parameter.Name}={value}");
        }

        if (random.Next(30) == 0)
        {
            path += FuzzPayloads.Pick(random, ["/", "/extra", "//", "/..", "/%2e%2e", ";x=1", "/history/1"]);
            steps.Add("path suffix");
        }

        return (path, id);
    }

    private string Query(ApiOperation operation, List<string> steps)
    {
        var parts = new List<string>();
        foreach (var parameter in operation.Query.Where(_ => random.Next(3) == 0))
        {
            var name = random.Next(8) == 0 ? parameter.Name : char.ToLowerInvariant(parameter.Name[0]) + parameter.Name[1..];
            var value = QueryValue(operation, parameter);
            // Now and then unescaped, as a careless client would send it (only where a URL can carry it at all).
            var raw = random.Next(10) == 0 && value.All(c => c is > ' ' and < '\u007f' and not '#');
            parts.Add(name + "=" + (raw ? value : Uri.EscapeDataString(value)));
            steps.Add($"query {name}");
        }

        if (random.Next(6) == 0)
        {
            parts.Insert(random.Next(parts.Count + 1), FuzzPayloads.Pick(random, FuzzPayloads.MalformedQueries));
            steps.Add("malformed or duplicate query parameter");
        }

        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }

    private string QueryValue(ApiOperation operation, ApiParameter parameter)
    {
        var name = parameter.Name.ToLowerInvariant();
        return random.Next(30) switch
        {
            0 => FuzzPayloads.Huge(random),
            < 7 => FuzzPayloads.Pick(random, FuzzPayloads.Injections),
            _ when name == "cursor" => FuzzPayloads.Cursor(random, random.Next(4) == 0 ? [.. targets.Cursors.Values.SelectMany(c => c)] : targets.CursorsFor(operation.PathTemplate)),
            _ when parameter.Schema.Type is "integer" or "number" => FuzzPayloads.Pick(random, FuzzPayloads.Numbers),
            _ when parameter.Schema.Format is "date" or "date-time" => FuzzPayloads.Pick(random, FuzzPayloads.Dates),
            _ when name == "bbox" => FuzzPayloads.Pick(random, FuzzPayloads.Boxes),
            _ when name == "sort" => FuzzPayloads.Pick(random, FuzzPayloads.Sorts),
            _ when name == "format" => FuzzPayloads.Pick(random, FuzzPayloads.Formats),
            _ when name == "groupby" => FuzzPayloads.Pick(random, FuzzPayloads.Groupings),
            _ when parameter.Schema.Example is { } example && random.Next(2) == 0 => example.ToString(),
            _ => FuzzPayloads.Pick(random, [.. FuzzPayloads.Dates, .. FuzzPayloads.Numbers, .. FuzzPayloads.Injections, .. FuzzPayloads.LengthEdges]),
        };
    }

    private string? ContentType(ApiOperation operation, List<string> steps)
    {
        var documented = operation.BodyMediaTypes.FirstOrDefault() ?? "application/json";
        switch (random.Next(8))
        {
            case 0:
                steps.Add("no content type");
                return null;
            case 1:
                var wrong = FuzzPayloads.Pick(random, FuzzPayloads.MediaTypes);
                steps.Add($"content type {wrong}");
                return wrong;
            case 2:
                return documented + "; charset=utf-8";
            default:
                return documented;
        }
    }

    private void AddConditionalHeaders(ApiOperation operation, List<KeyValuePair<string, string>> headers, int? id, List<string> steps)
    {
        if (random.Next(4) == 0)
        {
            var name = operation.Method == "GET" ? "If-None-Match" : "If-Match";
            var version = id is { } known ? targets.VersionOf(operation.PathTemplate, known) : null;
            var value = version is not null && random.Next(3) == 0
                ? $"\"{version}\""
                : FuzzPayloads.Pick(random, FuzzPayloads.ETagGarbage);
            headers.Add(new(name, value));
            steps.Add($"{name} {value}");
        }

        if (operation.Method == "POST" && random.Next(4) == 0)
        {
            var key = random.Next(8) == 0 ? new string('i', 201) : FuzzPayloads.Pick(random, FuzzPayloads.IdempotencyKeys);
            headers.Add(new("Idempotency-Key", key));
            steps.Add("Idempotency-Key");
        }
    }
}
