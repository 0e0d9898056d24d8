namespace Chronology.IntegrationTests.Fuzz;

/// <summary>
/// How the fuzzed writes fared, per documented operation: how many bodies the fuzzer judged valid, unknown
/// or invalid, and how many of each the service took (2xx). The check that only valid bodies are taken means
/// something only when valid bodies are sent and taken too.
/// </summary>
public sealed class WriteTally
{
    private readonly Lock gate = new();
    private readonly Dictionary<(string Target, Verdict Verdict), (int Sent, int Taken)> counts = [];

    /// <summary>Counts a request sent with the method its body was made for (one sent with a wrong method is not a write of that body).</summary>
    public void Add(FuzzRequest request, int status)
    {
        if (request.BodyVerdict is not { } verdict || !request.Target.StartsWith(request.Method + " ", StringComparison.Ordinal))
        {
            return;
        }

        lock (gate)
        {
            var (sent, taken) = counts.GetValueOrDefault((request.Target, verdict));
            counts[(request.Target, verdict)] = (sent + 1, taken + (status is >= 200 and < 300 ? 1 : 0));
        }
    }

    public int Sent(string target, Verdict verdict) => Get(target, verdict).Sent;

    public int Taken(string target, Verdict verdict) => Get(target, verdict).Taken;

    /// <summary>"POST /api/v1/places: valid 41 (13 taken), unknown 6 (0 taken), invalid 77 (0 taken)", one line per operation.</summary>
    public IEnumerable<string> Lines()
    {
        lock (gate)
        {
            return counts.Keys.Select(k => k.Target).Distinct().Order(StringComparer.Ordinal)
                .Select(target => target + ": " + string.Join(", ", Enum.GetValues<Verdict>().Select(v =>
                    $"{v.ToString().ToLowerInvariant()} {Get(target, v).Sent} ({Get(target, v).Taken} taken)")))
                .ToList();
        }
    }

    private (int Sent, int Taken) Get(string target, Verdict verdict)
    {
        lock (gate)
        {
            return counts.GetValueOrDefault((target, verdict));
        }
    }
}
