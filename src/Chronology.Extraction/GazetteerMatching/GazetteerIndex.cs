using Chronology.Extraction.Text;

namespace Chronology.Extraction.GazetteerMatching;

/// <summary>
/// Every name, abbreviation and alias of the gazetteer as a sequence of folded words, keyed by its first
/// word, so matching a sentence costs one dictionary look-up per word. Abbreviations and short all-capital
/// aliases ("IS", "SDF") must match as written, or "is" the verb would be the Islamic State.
/// </summary>
public sealed class GazetteerIndex
{
    private const int MaxCaseSensitiveLength = 5;

    private readonly Dictionary<string, List<NamePattern>> byFirstWord = new(StringComparer.Ordinal);

    public GazetteerIndex(Gazetteer gazetteer)
    {
        Source = gazetteer;
        PlacesById = gazetteer.Places.GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First());
        foreach (var place in gazetteer.Places)
        {
            AddEntry(place, isPlace: true);
        }

        foreach (var force in gazetteer.Forces)
        {
            AddEntry(force, isPlace: false);
        }

        foreach (var patterns in byFirstWord.Values)
        {
            patterns.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }
    }

    public Gazetteer Source { get; }

    public IReadOnlyDictionary<int, GazetteerEntry> PlacesById { get; }

    /// <summary>Finds entries in the tokens, longest name first, words never shared between two matches.</summary>
    public List<GazetteerMatch> Match(IReadOnlyList<WordToken> tokens)
    {
        var matches = new List<GazetteerMatch>();
        var i = 0;
        while (i < tokens.Count)
        {
            var matched = byFirstWord.TryGetValue(tokens[i].Folded, out var patterns)
                ? patterns.FirstOrDefault(p => p.MatchesAt(tokens, i))
                : null;
            if (matched is null)
            {
                i++;
                continue;
            }

            var last = tokens[i + matched.Words.Length - 1];
            matches.Add(new GazetteerMatch(matched.Entry, matched.IsPlace, matched.Written, tokens[i].Start, last.End));
            i += matched.Words.Length;
        }

        return matches;
    }

    private void AddEntry(GazetteerEntry entry, bool isPlace)
    {
        Add(entry, isPlace, entry.Name, caseSensitive: IsShortCapitals(entry.Name));
        if (!string.IsNullOrWhiteSpace(entry.Abbreviation))
        {
            Add(entry, isPlace, entry.Abbreviation, caseSensitive: true);
        }

        foreach (var alias in entry.Aliases)
        {
            Add(entry, isPlace, alias, caseSensitive: IsShortCapitals(alias));
        }
    }

    private void Add(GazetteerEntry entry, bool isPlace, string written, bool caseSensitive)
    {
        var tokens = WordTokenizer.Tokenize(written);
        if (tokens.Count == 0)
        {
            return;
        }

        var pattern = new NamePattern(
            tokens.Select(t => t.Folded).ToArray(),
            caseSensitive ? tokens.Select(t => t.Text).ToArray() : null,
            entry,
            isPlace,
            written);
        if (!byFirstWord.TryGetValue(pattern.Words[0], out var list))
        {
            byFirstWord[pattern.Words[0]] = list = [];
        }

        list.Add(pattern);
    }

    private static bool IsShortCapitals(string name) =>
        name.Length <= MaxCaseSensitiveLength && name.All(c => char.IsUpper(c) || char.IsDigit(c));

    private sealed record NamePattern(string[] Words, string[]? ExactWords, GazetteerEntry Entry, bool IsPlace, string Written)
    {
        public bool MatchesAt(IReadOnlyList<WordToken> tokens, int start)
        {
            if (start + Words.Length > tokens.Count)
            {
                return false;
            }

            for (var k = 0; k < Words.Length; k++)
            {
                var token = tokens[start + k];
                var same = ExactWords is null ? token.Folded == Words[k] : token.Text == ExactWords[k];
                if (!same)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
