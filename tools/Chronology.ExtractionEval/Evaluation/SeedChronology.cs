using System.Text.Json;
using Chronology.Extraction;

namespace Chronology.ExtractionEval.Evaluation;

/// <summary>
/// Reads the seeded chronology: its places and forces become the gazetteer of every evaluated document
/// (ids in file order, parents by key), and its events, located by their quotes, the seed article's gold.
/// </summary>
public static class SeedChronology
{
    public static Gazetteer LoadGazetteer(string chronologyPath)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(chronologyPath));
        var root = json.RootElement;
        return new Gazetteer(Entries(root.GetProperty("places"), 1), Entries(root.GetProperty("forces"), 1001));
    }

    public static GoldDocument LoadGold(string chronologyPath, string articlePath)
    {
        var text = File.ReadAllText(articlePath);
        using var json = JsonDocument.Parse(File.ReadAllText(chronologyPath));
        var events = new List<GoldEvent>();
        var unlocated = new List<string>();
        foreach (var e in json.RootElement.GetProperty("events").EnumerateArray())
        {
            var quotes = new List<(int, int)>();
            foreach (var citation in e.GetProperty("citations").EnumerateArray())
            {
                var quote = citation.GetProperty("quote").GetString() ?? "";
                var at = QuoteLocator.Locate(text, quote);
                quotes.AddRange(at);
                if (at.Count == 0)
                {
                    unlocated.Add(quote);
                }
            }

            events.Add(new GoldEvent(
                e.GetProperty("key").GetString() ?? "",
                quotes,
                DateOnly.Parse(e.GetProperty("start").GetString()!),
                e.TryGetProperty("end", out var end) && end.ValueKind == JsonValueKind.String ? DateOnly.Parse(end.GetString()!) : null,
                GoldEvent.ParsePrecision(e.GetProperty("precision").GetString())));
        }

        return new GoldDocument(Path.GetFileName(articlePath), text, events, unlocated);
    }

    private static List<GazetteerEntry> Entries(JsonElement array, int firstId)
    {
        var items = array.EnumerateArray().ToList();
        var ids = items.Select((item, i) => (Key: item.GetProperty("key").GetString()!, Id: firstId + i)).ToDictionary(x => x.Key, x => x.Id);
        return items.Select((item, i) => new GazetteerEntry(
            firstId + i,
            item.GetProperty("name").GetString()!,
            item.TryGetProperty("abbreviation", out var abbreviation) && abbreviation.ValueKind == JsonValueKind.String ? abbreviation.GetString() : null,
            item.TryGetProperty("aliases", out var aliases) ? aliases.EnumerateArray().Select(a => a.GetString()!).ToList() : [],
            item.GetProperty("kind").GetString()!,
            item.TryGetProperty("parent", out var parent) && parent.ValueKind == JsonValueKind.String && ids.TryGetValue(parent.GetString()!, out var parentId) ? parentId : null)).ToList();
    }
}
