namespace Chronology.Client;

/// <summary>
/// The one hand-written part of the generated client. The document describes two request headers in
/// prose rather than as parameters — <c>Idempotency-Key</c> on creates and <c>If-Match</c> on updates and
/// deletes — so the generated methods have no argument for them; <see cref="WithHeaders"/> adds them to
/// the requests this client sends in the current async flow until the scope is disposed.
/// </summary>
public partial class ChronologyClient
{
    private readonly AsyncLocal<IReadOnlyList<KeyValuePair<string, string>>?> scopedHeaders = new();

    /// <summary>
    /// Sends these headers with every request this client makes in the current async flow until the
    /// returned scope is disposed, e.g. <c>using (client.WithHeaders(("If-Match", "\"3\""))) { … }</c>.
    /// </summary>
    public IDisposable WithHeaders(params (string Name, string Value)[] headers)
    {
        var previous = scopedHeaders.Value;
        scopedHeaders.Value = [.. previous ?? [], .. headers.Select(h => KeyValuePair.Create(h.Name, h.Value))];
        return new Scope(() => scopedHeaders.Value = previous);
    }

    partial void PrepareRequest(HttpClient client, HttpRequestMessage request, string url)
    {
        foreach (var (name, value) in scopedHeaders.Value ?? [])
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
    }

    private sealed class Scope(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
