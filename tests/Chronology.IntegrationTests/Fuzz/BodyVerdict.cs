using System.Globalization;
using System.Text.Json;
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
/// The write contract as the fuzzer reads it (PRODUCT.md, the README and the OpenAPI descriptions, not the
/// service's validators): which members a body needs and what each member may hold. Each mutation is
/// judged on its own, then rules between members (end not before start, lat with lon) on the whole body;
/// a body is as bad as its worst judgement. Rules that depend on stored data (ids that resolve, quotes
/// verbatim in their source, names free in their parent) are not judged here: the walk after the run checks them.
/// </summary>
public sealed partial class WriteContract(string collection)
{
    private const string Events = "/api/v1/events";
    private const string Places = "/api/v1/places";
    private const string Forces = "/api/v1/forces";
    private const string Sources = "/api/v1/sources";

    private static readonly Dictionary<string, string[]> RequiredMembers = new()
    {
        [Events] = ["title", "summary", "type", "start", "places", "forces", "citations"],
        [Places] = ["name", "kind"],
        [Forces] = ["name", "kind"],
        // The documents call language a tag "e.g. en or ar" without saying it may be left out; the service refuses a source without one.
        [Sources] = ["title", "language"],
    };

    /// <summary>Longest text per member, as the OpenAPI descriptions and the README give them.</summary>
    private static readonly Dictionary<string, Dictionary<string, int>> Limits = new()
    {
        [Events] = new() { ["title"] = 200, ["summary"] = 4_000, ["dateText"] = 200, ["notes"] = 4_000, ["quote"] = 4_000 },
        [Places] = new() { ["name"] = 200, ["aliases"] = 200 },
        [Forces] = new() { ["name"] = 200, ["abbreviation"] = 32, ["aliases"] = 200 },
        [Sources] = new() { ["title"] = 400, ["publisher"] = 200, ["url"] = 2_000, ["language"] = 35, ["text"] = SourceTextLimit },
    };

    private const int SourceTextLimit = 4_000_000;

    private static readonly HashSet<string> NameLike = ["name", "title", "abbreviation", "publisher", "aliases"];
    private static readonly HashSet<string> LongText = ["summary", "notes", "dateText", "reason", "text", "quote"];
    private static readonly HashSet<string> Enums = ["type", "kind", "precision", "role"];
    private static readonly HashSet<string> References = ["id", "parentId", "sourceId", "mergeInto"];
    private static readonly HashSet<string> LinkLists = ["places", "forces", "citations"];
    private static readonly HashSet<string> LinkMembers = ["id", "role", "sourceId", "quote"];

    public static WriteContract For(string pathTemplate) => new(FuzzTargets.CollectionOf(pathTemplate));

    /// <summary>The collection the body is written to ("/api/v1/places").</summary>
    public string Collection => collection;

    private bool IsSource => collection == Sources;

    private bool IsRequired(string member) => RequiredMembers.GetValueOrDefault(collection)?.Contains(member) == true;

    public static Verdict Worst(Verdict a, Verdict b) => (Verdict)Math.Max((int)a, (int)b);

    /// <summary>The longest text a member may hold, where the documents give one.</summary>
    public int? MaxLength(string path) => Limits.GetValueOrDefault(collection)?.GetValueOrDefault(Parse(path).Name) is > 0 and var max ? max : null;

    /// <summary>The members a body of this collection cannot do without.</summary>
    public IReadOnlyList<string> Required => RequiredMembers.GetValueOrDefault(collection) ?? [];

    /// <summary>A member removed or set to null.</summary>
    public Verdict Absent(string path) => Parse(path) switch
    {
        { IsItem: true } => Verdict.Invalid,
        { TopLevel: true, Name: "approximate" } => Verdict.Valid, // removed: false; null is judged by Value
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
        // Over the 64 KB limit of an event, place or force, under the 4 MB of a source; but the in-memory server enforces
        // no body limit (OversizedBodyFuzzTests checks the 413 on Kestrel), so here the body is read like any other.
        "70 KB of trailing white space" => IsSource ? Verdict.Valid : Verdict.Unknown,
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
        var (name, _, isItem) = Parse(path);
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
                _ = value is JsonValue parsed && parsed.GetValueKind() == JsonValueKind.String ? parsed.GetValue<string>() : null;
            }
            catch (Exception exception) when (exception is JsonException or InvalidOperationException)
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
            return name == "approximate" && !isItem ? Verdict.Invalid : Absent(path); // null cannot be bound to a true/false
        }

        var kind = value.GetValueKind();
        var text = kind == JsonValueKind.String ? value.GetValue<string>() : null;
        var max = MaxLength(path);
        return name switch
        {
            _ when LinkLists.Contains(name) => isItem ? LinkItem(name, value) : Verdict.Invalid, // no fuzz value is a list of good links
            "aliases" when !isItem => kind == JsonValueKind.Array && value.AsArray().Count == 0 ? Verdict.Valid : Verdict.Invalid,
            _ when NameLike.Contains(name) => text is null ? Verdict.Invalid
                : max is { } most ? MemberRules.Name(text, most, nonBlank: name is "name" or "title" or "aliases", NeedsLetterOrDigit(name)) : Verdict.Unknown,
            _ when LongText.Contains(name) => text is null ? Verdict.Invalid
                : MemberRules.LongText(text, max ?? 4_000, nonBlank: collection == Events && name is "summary" or "quote"),
            _ when Enums.Contains(name) => Verdict.Invalid, // no fuzz payload is a value of a vocabulary
            "url" when IsSource => text is null ? Verdict.Invalid : MemberRules.Url(text, max!.Value),
            "language" when IsSource => text is null ? Verdict.Invalid : MemberRules.Language(text, max!.Value),
            "publishedOn" or "start" or "end" => text is null ? Verdict.Invalid : MemberRules.IsDate(text) ? Verdict.Valid : Verdict.Invalid,
            "approximate" => kind is JsonValueKind.True or JsonValueKind.False ? Verdict.Valid : Verdict.Invalid,
            "fatalities" => MemberRules.Integer(value, minimum: 0),
            "mergeInto" => MemberRules.Integer(value, minimum: int.MinValue) == Verdict.Valid ? Verdict.Unknown : Verdict.Invalid, // decides what the body means
            _ when References.Contains(name) => MemberRules.Integer(value, minimum: 1),
            "lat" => MemberRules.Number(value, 90),
            "lon" => MemberRules.Number(value, 180),
            _ => Verdict.Unknown,
        };
    }

    /// <summary>Rules between members, judged on the body as it goes out (after every mutation).</summary>
    public Verdict Whole(JsonNode? root)
    {
        if (root is not JsonObject body)
        {
            return Verdict.Valid; // judged member by member already
        }

        if (collection == Events)
        {
            var start = Date(body, "start");
            var end = Date(body, "end");
            if (start is { } first && end is { } last && last < first)
            {
                return Verdict.Invalid; // "end ≥ start"
            }

            // A month or year date starts on the first day of its period (the OpenAPI description of start).
            var precision = body.TryGetPropertyValue("precision", out var p) && p is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>().ToLowerInvariant() : "day";
            if (start is { } day && (precision == "month" && day.Day != 1 || precision == "year" && (day.Day != 1 || day.Month != 1)))
            {
                return Verdict.Invalid;
            }
        }

        if (collection == Places && Present(body, "lat") != Present(body, "lon"))
        {
            return Verdict.Invalid; // "give both coordinates or neither"
        }

        return Verdict.Valid;
    }

    // An item of places, forces or citations replaced by a fuzz value: only a place given as an object with an id
    // (other members are ignored) can still be good; a force needs its role, a citation its sourceId and quote.
    private static Verdict LinkItem(string list, JsonNode value) =>
        list == "places" && value is JsonObject item && item["id"] is JsonValue id ? MemberRules.Integer(id, 1) : Verdict.Invalid;

    private bool NeedsLetterOrDigit(string name) => collection is Places or Forces && name is "name" or "aliases";

    private static DateOnly? Date(JsonObject body, string name) =>
        body.TryGetPropertyValue(name, out var node) && node is JsonValue value && value.GetValueKind() == JsonValueKind.String
        && MemberRules.IsDate(value.GetValue<string>()) ? DateOnly.ParseExact(value.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    private static bool Present(JsonObject body, string name) => body.TryGetPropertyValue(name, out var node) && node is not null;

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
