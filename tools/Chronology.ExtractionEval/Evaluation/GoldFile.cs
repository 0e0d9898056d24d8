using System.Text.Json;

namespace Chronology.ExtractionEval.Evaluation;

/// <summary>Reads eval/gold/&lt;name&gt;.json: {"document": "…txt", "events": [{"quote", "start", "end", "precision"}]}.</summary>
public static class GoldFile
{
    public static GoldDocument Load(string goldPath, string documentsDirectory)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(goldPath));
        var root = json.RootElement;
        var name = root.GetProperty("document").GetString()!;
        var text = File.ReadAllText(Path.Combine(documentsDirectory, name));
        var events = new List<GoldEvent>();
        var unlocated = new List<string>();
        var n = 0;
        foreach (var e in root.GetProperty("events").EnumerateArray())
        {
            var quote = e.GetProperty("quote").GetString() ?? "";
            var at = QuoteLocator.Locate(text, quote);
            if (at.Count == 0)
            {
                unlocated.Add(quote);
            }

            events.Add(new GoldEvent(
                $"{name}#{n++}",
                at,
                DateOnly.Parse(e.GetProperty("start").GetString()!),
                e.TryGetProperty("end", out var end) && end.ValueKind == JsonValueKind.String ? DateOnly.Parse(end.GetString()!) : null,
                GoldEvent.ParsePrecision(e.TryGetProperty("precision", out var p) ? p.GetString() : null)));
        }

        return new GoldDocument(name, text, events, unlocated);
    }
}
