using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Chronology.IntegrationTests.Fuzz;

/// <summary>What the fuzzer knows of a body it made: valid, invalid, or beyond what it can tell.</summary>
public enum Verdict
{
    Valid,
    Unknown,
    Invalid,
}

/// <summary>
/// The write contract as the fuzzer reads it (PRODUCT.md and the README, not the service's validators):
/// which members a body needs and what each kind of member may hold. Each mutation is judged on its
/// own; a body is as bad as its worst mutation. Rules that depend on stored data (ids that resolve,
/// quotes verbatim in their source) are not judged here: the walk after the run checks them.
/// </summary>
public sealed partial class WriteContract(string collection)
{
    private static readonly Dictionary<string, string[]> RequiredMembers = new()
    {
        ["/api/v1/events"] = ["title", "summary", "type", "start", "places", "forces", "citations"],
        ["/api/v1/places"] = ["name", "kind"],
        ["/api/v1/forces"] = ["name", "kind"],
        ["/api/v1/sources"] = ["title"],
    };

    private static readonly HashSet<string> NameLike = ["name", "title", "abbreviation", "publisher", "aliases"];
    private static readonly HashSet<string> LongText = ["summary", "notes", "dateText", "reason", "text"];
    private static readonly HashSet<string> Enums = ["type", "kind", "precision", "role"];
    private static readonly HashSet<string> References = ["id", "parentId", "sourceId", "mergeInto"];
    private static readonly HashSet<string> LinkMembers = ["id", "role", "sourceId", "quote"];

    public static WriteContract For(string pathTemplate) => new(FuzzTargets.CollectionOf(pathTemplate));

    private bool IsSource => collection == "/api/v1/sources";

    private bool IsRequired(string member) => RequiredMembers.GetValueOrDefault(collection)?.Contains(member) == true;

    public static Verdict Worst(Verdict a, Verdict b) => (Verdict)Math.Max((int)a, (int)b);

    /// <summary>A member removed or set to null.</summary>
    public Verdict Absent(string path) => Parse(path) switch
    {
        { IsItem: true } => Verdict.Invalid,
        { TopLevel: true, Name: var name } => IsRequired(name) ? Verdict.Invalid : Verdict.Valid,
        { Name: var name } => LinkMembers.Contains(name) ? Verdict.Invalid : Verdict.Unknown,
    };

    /// <summary>Every member of the body set to null.</summary>
    public Verdict AllNull() => RequiredMembers.ContainsKey(collection) ? Verdict.Invalid : Verdict.Valid;

    /// <summary>What <see cref="MalformedJson"/> did to the text: most of it is not JSON any more, a little of it still is.</summary>
    public Verdict Malformed(string what) => what switch
    {
        "odd white space" => Verdict.Valid,
        "duplicate members" => Verdict.Valid, // the same members again with the same values: RFC 8259 leaves it to the reader
        "70 KB of trailing white space" => IsSource ? Verdict.Valid : Verdict.Invalid, // over the 64 KB limit, under the 4 MB one
        "byte order mark" => Verdict.Unknown,
        _ => Verdict.Invalid,
    };

    /// <summary>A member the schema does not have, added beside the others.</summary>
    public static Verdict Extra(string name, IEnumerable<string> siblings, string raw) =>
        siblings.Contains(name, StringComparer.OrdinalIgnoreCase) ? Verdict.Unknown // JSON binding ignores case: it replaces a member
        : raw is "NaN" or "Infinity" or "-Infinity" ? Verdict.Invalid
        : Verdict.Valid;

    /// <summary>A member given a new value: a node, or raw JSON text.</summary>
    public Verdict Value(string path, bool known, JsonNode? value, string? raw = null)
    {
        var (name, _, _) = Parse(path);
        if (raw is not null)
        {
            if (raw is "NaN" or "Infinity" or "-Infinity" || raw.Length > 10_000 && !raw.StartsWith('"'))
            {
                return Verdict.Invalid; // not JSON, too deep or too big for any body
            }

            if (raw.StartsWith('"') && raw.Length > 10_000)
            {
                return IsSource && name == "text" ? Verdict.Valid : Verdict.Invalid;
            }

            try
            {
                value = JsonNode.Parse(raw);
                _ = value is JsonValue parsed && parsed.GetValueKind() == System.Text.Json.JsonValueKind.String ? parsed.GetValue<string>() : null;
            }
            catch (Exception exception) when (exception is System.Text.Json.JsonException or InvalidOperationException)
            {
                return Verdict.Unknown; // a lone surrogate: not text the fuzzer can judge
            }
        }

        if (!known)
        {
            return Verdict.Valid; // a member the body does not have: ignored
        }

        if (value is null)
        {
            return Absent(path);
        }

        var text = value is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        return name switch
        {
            _ when NameLike.Contains(name) => text is null ? Verdict.Invalid : Name(text),
            _ when LongText.Contains(name) => text is null ? Verdict.Invalid : Long(text, IsSource && name == "text" ? 4_000_000 : 4_000),
            "quote" => text is null || text.Length == 0 || text.Contains('\0') || text.Length > 4_000 ? Verdict.Invalid : Verdict.Valid,
            _ when Enums.Contains(name) => Verdict.Invalid, // no fuzz payload is a value of a vocabulary
            "publishedOn" => text is null ? Verdict.Invalid : IsDate(text) ? Verdict.Valid : Verdict.Invalid,
            "start" or "end" => text is null ? Verdict.Invalid : IsDate(text) ? Verdict.Unknown : Verdict.Invalid,
            _ when References.Contains(name) => value is JsonValue number && number.TryGetValue<int>(out _) ? Verdict.Valid
                : text is not null && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) ? Verdict.Unknown
                : Verdict.Invalid,
            _ => Verdict.Unknown,
        };
    }

    private static Verdict Name(string text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 400 || text.Contains('\0'))
        {
            return Verdict.Invalid;
        }

        if (text.Any(c => c is '\u200C' or '\u200D'))
        {
            return Verdict.Unknown; // allowed between two Arabic-script letters only
        }

        if (text.Any(c => char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator))
        {
            return Verdict.Invalid;
        }

        return text.Length > 200 || text.Any(char.IsSurrogate) ? Verdict.Unknown : Verdict.Valid;
    }

    private static Verdict Long(string text, int limit) =>
        text.Contains('\0') || text.Length > limit ? Verdict.Invalid
        : text.Any(char.IsSurrogate) ? Verdict.Unknown
        : Verdict.Valid;

    private static bool IsDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    /// <summary>"$.places[0].id" → (id, nested, not an item); "$.aliases[1]" → (aliases, top level, an item).</summary>
    private static (string Name, bool TopLevel, bool IsItem) Parse(string path)
    {
        var names = MemberName().Matches(path).Select(m => m.Groups[1].Value).ToList();
        var isItem = path.EndsWith(']');
        return (names.LastOrDefault() ?? "", names.Count == 1 && !path[2..].Contains('['), isItem);
    }

    [GeneratedRegex(@"\.([^.\[]*)")]
    private static partial Regex MemberName();
}
