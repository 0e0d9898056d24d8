using System.Globalization;
using System.Text.Json;

namespace Chronology.IntegrationTests.Fuzz;

/// <summary>
/// What the fuzzer aims at besides the document: ids and versions of records that exist, and real
/// cursors to tamper with, read from the lists the document describes.
/// </summary>
public sealed class FuzzTargets
{
    public const int UnknownId = 987_654;

    private const int Linked = 5;

    /// <summary>Existing ids with their versions, per collection path ("/api/v1/places").</summary>
    public Dictionary<string, List<(int Id, int Version)>> Records { get; } = [];

    /// <summary>nextCursor values of real first pages, per collection path.</summary>
    public Dictionary<string, List<string>> Cursors { get; } = [];

    public IEnumerable<int> AllIds => Records.Values.SelectMany(r => r).Select(r => r.Id);

    /// <summary>
    /// Ids that fuzzed bodies link to (places[].id, parentId…): the first few records of a collection whose ids no
    /// fuzz payload spells ("1" and "2" are among the numbers fuzzed into paths) and no fuzzed DELETE aims at, so a
    /// body made early in the run still links to records that exist when it is sent late.
    /// </summary>
    public IReadOnlyList<int> IdsOf(string collection) =>
        [.. (Records.GetValueOrDefault(collection) ?? []).Select(r => r.Id)
            .Where(id => !FuzzPayloads.Numbers.Contains(id.ToString(CultureInfo.InvariantCulture)) && !FuzzPayloads.Injections.Contains(id.ToString(CultureInfo.InvariantCulture)))
            .Take(Linked)];

    /// <summary>
    /// Reads the first page of every list operation (a GET whose path has no parameter and whose answer is a page
    /// of items with a nextCursor; not, say, statistics) with limit=1, 2 and 500.
    /// </summary>
    public static async Task<FuzzTargets> LoadAsync(HttpClient client, IEnumerable<ApiOperation> operations)
    {
        var targets = new FuzzTargets();
        foreach (var list in operations.Where(o => o.Method == "GET" && !o.PathTemplate.Contains('{')))
        {
            var records = targets.Records[list.PathTemplate] = [];
            var cursors = targets.Cursors[list.PathTemplate] = [];
            foreach (var limit in new[] { 1, 2, 500 })
            {
                using var response = await client.GetAsync($"{list.PathTemplate}?limit={limit}");
                if (!response.IsSuccessStatusCode)
                {
                    break;
                }

                using var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                if (!page.RootElement.TryGetProperty("nextCursor", out var next))
                {
                    break;
                }

                if (next.ValueKind == JsonValueKind.String)
                {
                    cursors.Add(next.GetString()!);
                }

                if (limit == 500)
                {
                    records.AddRange(page.RootElement.GetProperty("items").EnumerateArray()
                        .Select(item => (item.GetProperty("id").GetInt32(), item.GetProperty("version").GetInt32())));
                }
            }
        }

        return targets;
    }

    /// <summary>The collection an item path belongs to: "/api/v1/events/{id}/history" → "/api/v1/events".</summary>
    public static string CollectionOf(string pathTemplate)
    {
        var brace = pathTemplate.IndexOf('{');
        return brace < 0 ? pathTemplate : pathTemplate[..(brace - 1)];
    }

    /// <summary>An id that exists; for a delete, one that no fuzzed body links to (<see cref="IdsOf"/>), where there are others.</summary>
    public int ExistingId(string pathTemplate, Random random, bool toDelete = false)
    {
        var records = Records.GetValueOrDefault(CollectionOf(pathTemplate)) ?? [];
        var linked = toDelete ? IdsOf(CollectionOf(pathTemplate)) : [];
        var candidates = records.Where(r => !linked.Contains(r.Id)).ToList() is { Count: > 0 } others ? others : records;
        return candidates.Count == 0 ? 1 : candidates[random.Next(candidates.Count)].Id;
    }

    public int? VersionOf(string pathTemplate, int id) =>
        Records.GetValueOrDefault(CollectionOf(pathTemplate))?.Where(r => r.Id == id).Select(r => (int?)r.Version).FirstOrDefault();

    public IReadOnlyList<string> CursorsFor(string pathTemplate) =>
        Cursors.GetValueOrDefault(CollectionOf(pathTemplate)) ?? (IReadOnlyList<string>)[.. Cursors.Values.SelectMany(c => c)];
}
