using System.Text;
using Chronology.IntegrationTests.Infrastructure;

namespace Chronology.IntegrationTests.Fuzz;

/// <summary>
/// Oversized bodies against every documented write, on real Kestrel (the in-memory server enforces no
/// body limit): with and without a Content-Length, with every kind of key. No 5xx, and problem details
/// wherever a body comes back; past every limit, the editor gets a 413.
/// </summary>
public sealed class OversizedBodyFuzzTests(OversizedBodyFuzzTests.KestrelServer server) : IClassFixture<OversizedBodyFuzzTests.KestrelServer>
{
    private const int PastEveryLimit = (4 * 1024 * 1024) + 1024;

    // A document upload takes files up to 32 MB: past its limit is past that.
    private const int PastTheUploadLimit = (int)(Application.Sources.SourceLimits.ImportFileMaxBytes + (64 * 1024) + 1024);
    private const string Boundary = "fuzz-boundary";

    private static readonly (string? Key, string What)[] Keys =
    [
        (null, "no key"), (ChronologyApiFactory.ReaderKey, "reader key"), (ChronologyApiFactory.EditorKey, "editor key"), ("wrong-key", "wrong key"),
    ];

    // Megabytes go out only with a Content-Length: a chunked sender learns of the refusal only by a reset connection.
    private static readonly (int Size, bool Chunked)[] Variants = [(70 * 1024, false), (70 * 1024, true), (PastEveryLimit, false)];

    [Fact]
    public async Task OversizedBodies_AreRefusedWithProblemDetails_NeverAServerError()
    {
        var client = server.CreateClient();
        var operations = await FuzzTests.DocumentedOperationsAsync(client);
        var writes = operations.Where(o => o.Body is not null).ToList();
        Assert.NotEmpty(writes);
        var targets = await FuzzTargets.LoadAsync(client, operations);

        var random = new Random(FuzzTests.DefaultSeed);
        var failures = new List<string>();
        var sent = 0;
        foreach (var operation in writes)
        {
            var path = operation.PathTemplate.Replace("{id}", targets.ExistingId(operation.PathTemplate, random).ToString(), StringComparison.Ordinal);
            foreach (var (key, what) in Keys)
            {
                var upload = operation.BodyMediaTypes.Contains("multipart/form-data");
                foreach (var (variantSize, chunked) in Variants)
                {
                    var size = upload && variantSize == PastEveryLimit ? PastTheUploadLimit : variantSize;
                    var request = new FuzzRequest(operation.Method, path, key is null ? [] : [new("X-Api-Key", key)],
                        upload ? Upload(size) : Body(operation.Body!, size), upload ? $"multipart/form-data; boundary={Boundary}" : "application/json",
                        operation.ToString(), $"{what}; {size} bytes; {(chunked ? "chunked" : "Content-Length")}");
                    var (status, failure) = await SendAsync(client, request, chunked);
                    sent++;
                    if (failure is null && key == ChronologyApiFactory.EditorKey && variantSize == PastEveryLimit && status != 413)
                    {
                        failure = $"{status}, not 413, for a body past every limit";
                    }

                    if (failure is not null)
                    {
                        failures.Add($"{failure}\n{request.Describe()}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} oversized requests got a bad answer:\n\n" + string.Join("\n\n", failures.Take(10)));
        Assert.Equal(writes.Count * Keys.Length * Variants.Length, sent);
    }

    // A body of the documented shape whose first string member carries the bulk.
    private static byte[] Body(ApiSchema schema, int size)
    {
        var member = schema.Properties.First(p => p.Value.Type == "string").Key;
        var head = $"{{\"{member}\":\"";
        return Encoding.UTF8.GetBytes(head + new string('x', size - head.Length - 2) + "\"}");
    }

    // A multipart form whose one file part carries the bulk.
    private static byte[] Upload(int size)
    {
        var head = $"--{Boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\nContent-Type: text/plain\r\n\r\n";
        var tail = $"\r\n--{Boundary}--\r\n";
        return Encoding.UTF8.GetBytes(head + new string('x', size - head.Length - tail.Length) + tail);
    }

    private static async Task<(int Status, string? Failure)> SendAsync(HttpClient client, FuzzRequest request, bool chunked)
    {
        using var message = request.ToMessage(client.BaseAddress!);

        // The body waits for "100 Continue": a server that answers first (401, 413) is heard, not cut off mid-upload.
        message.Headers.ExpectContinue = true;
        if (chunked)
        {
            // A stream of unknown length goes out chunked: the limit is found while reading, not from the header.
            message.Content = new StreamContent(new MemoryStream(request.Body!));
            message.Content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
        }

        try
        {
            using var response = await client.SendAsync(message);
            var body = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            var failure = ResponseChecks.Check(request.Method, status, response.Content.Headers.ContentType?.MediaType, body);
            return (status, failure is null ? null : $"{failure}\nAnswer: {status} {response.Content.Headers.ContentType}\n{body}");
        }
        catch (HttpRequestException exception)
        {
            return (0, $"the exchange failed: {exception.Message} {exception.InnerException?.Message}");
        }
    }

    /// <summary>The service on a real Kestrel server, on a free port, with its own database.</summary>
    public sealed class KestrelServer : ChronologyApiFactory
    {
        public KestrelServer() => UseKestrel(0);
    }
}
