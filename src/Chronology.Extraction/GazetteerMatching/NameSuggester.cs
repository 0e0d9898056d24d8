using Chronology.Extraction.Text;

namespace Chronology.Extraction.GazetteerMatching;

/// <summary>Suggests the known entries nearest an unknown name: most shared words first, then smallest edit distance.</summary>
public sealed class NameSuggester(Gazetteer gazetteer)
{
    private const int MaxSuggestions = 3;
    private const double MaxRelativeDistance = 0.5;

    private readonly Dictionary<(string, string), IReadOnlyList<NameSuggestion>> cache = [];

    public IReadOnlyList<NameSuggestion> Suggest(string name, string kind)
    {
        if (cache.TryGetValue((name, kind), out var cached))
        {
            return cached;
        }

        var folded = TextFolding.Fold(name);
        var words = WordTokenizer.Tokenize(folded).Select(t => t.Folded).ToHashSet();
        var entries = kind == "place" ? gazetteer.Places : gazetteer.Forces;
        var ranked = entries
            .Select(e => (Entry: e, Score: Names(e).Select(n => Score(folded, words, n)).Max()))
            .Where(x => x.Score.Shared > 0 || x.Score.Closeness >= 1 - MaxRelativeDistance)
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Entry.Id)
            .Take(MaxSuggestions)
            .Select(x => new NameSuggestion(x.Entry.Id, x.Entry.Name))
            .ToList();
        cache[(name, kind)] = ranked;
        return ranked;
    }

    private static IEnumerable<string> Names(GazetteerEntry e) =>
        e.Aliases.Prepend(e.Name).Concat(e.Abbreviation is null ? [] : [e.Abbreviation]);

    private static (int Shared, double Closeness) Score(string folded, HashSet<string> words, string candidate)
    {
        var other = TextFolding.Fold(candidate);
        var shared = WordTokenizer.Tokenize(other).Count(t => t.Folded.Length > 2 && words.Contains(t.Folded));
        var distance = EditDistance(folded, other) / (double)Math.Max(1, Math.Max(folded.Length, other.Length));
        return (shared, 1 - distance);
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
