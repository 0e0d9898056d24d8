using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Chronology.IntegrationTests.Fuzz;

/// <summary>
/// Builds a plausible body from a request schema, then breaks it: wrong types, missing, extra and null
/// members, boundary values, huge and deeply nested values, and JSON that is not JSON at all.
/// </summary>
public sealed class BodyMutator(Random random, FuzzTargets targets)
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Raw fragments (deep nesting, NaN, lone surrogates) cannot go through a JsonNode; they stand in as these strings.
    private readonly List<string> raws = [];

    /// <summary>A body made from the schema, broken by 0–3 mutations, and what the contract says of it.</summary>
    public (byte[] Body, string Description, Verdict Verdict) Create(ApiSchema schema, WriteContract contract)
    {
        raws.Clear();
        var root = Build(schema, 0, contract.Collection) ?? new JsonObject();
        var steps = new List<string>();
        // The judgement of each changed member by its path: a later change to a member (or to what holds it) replaces the earlier one.
        var judged = new Dictionary<string, Verdict>();
        var rounds = random.Next(4);
        for (var i = 0; i < rounds; i++)
        {
            // A quarter of the changes go where the contract draws its lines, so a line that moves is crossed in every run.
            var (step, verdictOfStep, path) = random.Next(4) == 0 && Boundary(root, contract) is { } boundary ? boundary : Mutate(root, schema, contract);
            steps.Add(step);
            foreach (var inside in judged.Keys.Where(k => k == path || k.StartsWith(path + ".", StringComparison.Ordinal) || k.StartsWith(path + "[", StringComparison.Ordinal)).ToList())
            {
                judged.Remove(inside);
            }

            judged[path] = verdictOfStep;
        }

        var verdict = judged.Values.Aggregate(contract.Whole(root), WriteContract.Worst);

        var text = root.ToJsonString(random.Next(2) == 0 ? Relaxed : JsonSerializerOptions.Default);
        for (var i = 0; i < raws.Count; i++)
        {
            text = text.Replace($"\"@@raw{i}@@\"", raws[i], StringComparison.Ordinal);
        }

        if (random.Next(6) == 0)
        {
            var (bytes, what) = MalformedJson.Break(text, random);
            steps.Add("malformed: " + what);
            return (bytes, string.Join("; ", steps), WriteContract.Worst(verdict, contract.Malformed(what)));
        }

        return (Encoding.UTF8.GetBytes(text), steps.Count == 0 ? "valid-looking body" : string.Join("; ", steps), verdict);
    }

    // collection: where the body goes ("/api/v1/events"); list: the array an object sits in ("places"), which says what its id names.
    private JsonNode? Build(ApiSchema schema, int depth, string collection, string name = "", string list = "")
    {
        if (schema.Type == "object")
        {
            var obj = new JsonObject();
            foreach (var (member, memberSchema) in schema.Properties.Where(_ => depth < 4))
            {
                obj[member] = Build(memberSchema, depth + 1, collection, member, list);
            }

            return obj;
        }

        if (schema.Type == "array")
        {
            return schema.Example is { ValueKind: JsonValueKind.Array } items
                ? new JsonArray([.. items.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.String ? Unique(item.GetString()!) : JsonNode.Parse(item.GetRawText()))])
                : new JsonArray(depth < 4 ? Build(schema.Items ?? ApiSchema.Unknown, depth + 1, collection, list: name) : null);
        }

        if (schema.Example is { } example)
        {
            return example.ValueKind == JsonValueKind.String && schema.Format is null && schema.FirstListedValue is null
                ? Unique(example.GetString()!)
                : JsonNode.Parse(example.GetRawText());
        }

        return (schema.Type, schema.Format) switch
        {
            ("integer", _) when name.EndsWith("id", StringComparison.OrdinalIgnoreCase) || name == "mergeInto" => ExistingId(collection, list, name),
            ("integer", _) => random.Next(0, 5),
            ("number", _) => 36.5,
            ("boolean", _) => false,
            ("string", "date") => "2015-02-27",
            ("string", "date-time") => "2015-02-27T00:00:00Z",
            ("string", _) when name == "abbreviation" => $"F{random.Next(1_000_000)}", // an abbreviation names its force as an alias does
            ("string", _) => schema.FirstListedValue ?? "the", // "the" is verbatim in every seeded source's text, so it serves as a quote
            _ => null,
        };
    }

    /// <summary>An id of a record that exists and is of the kind the member links to: a place for places[].id, the same collection for parentId.</summary>
    private int ExistingId(string collection, string list, string name)
    {
        var linked = (list, name) switch
        {
            ("places", "id") => "/api/v1/places",
            ("forces", "id") => "/api/v1/forces",
            (_, "sourceId") => "/api/v1/sources",
            (_, "mergeInto") => "/api/v1/events",
            (_, "parentId") => collection,
            _ => null,
        };
        var ids = linked is null ? [.. targets.AllIds] : targets.IdsOf(linked);
        return ids.Count == 0 ? 1 : ids[random.Next(ids.Count)];
    }

    /// <summary>
    /// A change at a line the contract draws: text of exactly the longest length a member may hold or one
    /// more, or a member the body cannot do without removed or emptied ("citations": []).
    /// </summary>
    private (string Step, Verdict Verdict, string Path)? Boundary(JsonNode root, WriteContract contract)
    {
        var limited = LimitedSlots(root, contract);
        if (random.Next(3) > 0 && limited.Count > 0)
        {
            var (parent, key, _, path) = limited[random.Next(limited.Count)];
            return AtLength(parent, key, path, contract.MaxLength(path)!.Value + random.Next(2), contract);
        }

        return root is JsonObject body && contract.Required.Where(body.ContainsKey).ToList() is { Count: > 0 } required
            ? WithoutRequired(body, required[random.Next(required.Count)], remove: random.Next(2) == 0, contract)
            : null;
    }

    /// <summary>
    /// The base body changed at exactly one of the contract's lines, once for each line: every limited text member at its
    /// limit and one past it, every required member removed and emptied. Sent with nothing else wrong, each is taken or
    /// refused on that one change alone, so a limit or a required member the service stops enforcing is seen in every run.
    /// </summary>
    public IEnumerable<(byte[] Body, string Description, Verdict Verdict)> Edges(ApiSchema schema, WriteContract contract)
    {
        raws.Clear();
        var paths = LimitedSlots(Build(schema, 0, contract.Collection) ?? new JsonObject(), contract).Select(s => s.Path).ToList();
        var changes = paths.SelectMany(path => new Func<JsonNode, (string, Verdict, string)?>[]
            {
                root => Find(root, path) is { } slot ? AtLength(slot.Parent, slot.Key, path, contract.MaxLength(path)!.Value, contract) : null,
                root => Find(root, path) is { } slot ? AtLength(slot.Parent, slot.Key, path, contract.MaxLength(path)!.Value + 1, contract) : null,
            })
            .Concat(contract.Required.SelectMany(member => new Func<JsonNode, (string, Verdict, string)?>[]
            {
                root => WithoutRequired((JsonObject)root, member, remove: true, contract),
                root => WithoutRequired((JsonObject)root, member, remove: false, contract),
            }));
        foreach (var change in changes)
        {
            var root = Build(schema, 0, contract.Collection) ?? new JsonObject();
            if (change(root) is var (step, verdict, _))
            {
                yield return (Encoding.UTF8.GetBytes(root.ToJsonString()), "one change at the contract's line: " + step, WriteContract.Worst(verdict, contract.Whole(root)));
            }
        }
    }

    private static List<(JsonNode Parent, string Key, ApiSchema Schema, string Path)> LimitedSlots(JsonNode root, WriteContract contract) =>
        [.. Slots(root, ApiSchema.Unknown, "$").Where(s => contract.MaxLength(s.Path) is <= 10_000 && Get(s.Parent, s.Key) is JsonValue)];

    private static (JsonNode Parent, string Key, ApiSchema Schema, string Path)? Find(JsonNode root, string path) =>
        Slots(root, ApiSchema.Unknown, "$").Where(s => s.Path == path).Select(s => ((JsonNode, string, ApiSchema, string)?)s).FirstOrDefault();

    private (string Step, Verdict Verdict, string Path) AtLength(JsonNode parent, string key, string path, int length, WriteContract contract)
    {
        var text = LongValue(path, length);
        Set(parent, key, text);
        return ($"{path} = {length} characters", contract.Value(path, known: true, JsonValue.Create(text)), path);
    }

    private static (string Step, Verdict Verdict, string Path) WithoutRequired(JsonObject body, string member, bool remove, WriteContract contract)
    {
        if (remove || body[member] is not (JsonArray or JsonValue))
        {
            body.Remove(member);
            return ($"removed required $.{member}", contract.Absent("$." + member), "$." + member);
        }

        JsonNode empty = body[member] is JsonArray ? new JsonArray() : JsonValue.Create("");
        body[member] = empty;
        return ($"$.{member} = {empty.ToJsonString()}", contract.Value("$." + member, known: true, empty.DeepClone()), "$." + member);
    }

    // Text of an exact length that is otherwise good for its member: an address for a url, a tag for a language, a unique name else.
    private string LongValue(string path, int length)
    {
        var letters = new string([.. Enumerable.Range(0, length).Select(_ => (char)('a' + random.Next(26)))]);
        var text = path.EndsWith(".url", StringComparison.Ordinal) ? "https://example.org/" + letters
            : path.EndsWith(".language", StringComparison.Ordinal) ? string.Join('-', letters.Chunk(8).Select(c => new string(c)))
            : letters;
        return text[..length];
    }

    // Names and aliases must not be taken already, or no create would ever get past validation.
    private JsonNode Unique(string example) =>
        JsonValue.Create(example.Length >= 6 && random.Next(4) > 0 ? $"{example}-{random.Next(1_000_000)}" : example);

    private (string Step, Verdict Verdict, string Path) Mutate(JsonNode root, ApiSchema schema, WriteContract contract)
    {
        var slots = Slots(root, schema, "$").ToList();
        if (slots.Count == 0 || random.Next(12) == 0)
        {
            return (NullEverything(root), contract.AllNull(), "$");
        }

        var (parent, key, member, path) = slots[random.Next(slots.Count)];
        // A member the schema does not have (one an earlier round added) is ignored by the service, whatever it holds.
        var known = schema.Properties.ContainsKey(path[2..].Split('.', '[')[0]);
        switch (random.Next(9))
        {
            case 0:
                return parent is JsonObject o && o.Remove(key) ? ($"removed {path}", known ? contract.Absent(path) : Verdict.Valid, path) : ($"kept {path}", Verdict.Valid, path);
            case 1:
                var extra = FuzzPayloads.Pick(random, FuzzPayloads.ExtraMembers);
                var raw = FuzzPayloads.Pick(random, FuzzPayloads.RawJson);
                if (parent is not JsonObject target)
                {
                    return ($"added nothing beside {path}", Verdict.Valid, path);
                }

                var siblings = target.Select(m => m.Key).Concat(ReferenceEquals(target, root) ? schema.Properties.Keys : []).ToList();
                target[extra] = Raw(raw);
                return ($"added member '{extra}' beside {path}", WriteContract.Extra(extra, siblings, raw), ParentPath(path) + "." + extra);
            case 2:
                Set(parent, key, null);
                return ($"{path} = null", known ? contract.Absent(path) : Verdict.Valid, path);
            case 3:
                var huge = FuzzPayloads.HugeJson(random);
                Set(parent, key, Raw(huge));
                return ($"{path} = huge or deeply nested", contract.Value(path, known, null, huge), path);
            case 4:
                var edge = FuzzPayloads.Pick(random, random.Next(3) == 0 ? FuzzPayloads.LengthEdges : FuzzPayloads.Injections);
                Set(parent, key, edge);
                return ($"{path} = injection string or length edge", contract.Value(path, known, JsonValue.Create(edge)), path);
            case 5:
                var text = FuzzPayloads.Huge(random);
                Set(parent, key, text);
                return ($"{path} = huge string", contract.Value(path, known, JsonValue.Create(text)), path);
            case 6 when member.Format is "date" or "date-time":
                var date = FuzzPayloads.Pick(random, FuzzPayloads.Dates);
                Set(parent, key, date);
                return ($"{path} = boundary date", contract.Value(path, known, JsonValue.Create(date)), path);
            default:
                var wrong = WrongType(member);
                var verdict = wrong is JsonValue placeholder && placeholder.TryGetValue<string>(out var s) && s.StartsWith("@@raw", StringComparison.Ordinal)
                    ? contract.Value(path, known, null, raws[^1])
                    : contract.Value(path, known, wrong?.DeepClone());
                Set(parent, key, wrong);
                return ($"{path} = wrong type or boundary value", verdict, path);
        }
    }

    private JsonNode? WrongType(ApiSchema member) => random.Next(5) switch
    {
        0 => Raw(FuzzPayloads.Pick(random, FuzzPayloads.RawJson)),
        1 => member.Type == "string" ? JsonValue.Create(random.Next(-5, 5)) : JsonValue.Create(FuzzPayloads.Pick(random, FuzzPayloads.Numbers)),
        2 => new JsonObject { ["id"] = 1, ["value"] = "x" },
        3 => new JsonArray(1, "two", null, new JsonObject()),
        _ => JsonValue.Create(random.Next(2) == 0),
    };

    private string NullEverything(JsonNode root)
    {
        if (root is JsonObject obj)
        {
            foreach (var name in obj.Select(p => p.Key).ToList())
            {
                obj[name] = null;
            }
        }

        return "every member null";
    }

    private JsonNode Raw(string json)
    {
        raws.Add(json);
        return JsonValue.Create($"@@raw{raws.Count - 1}@@");
    }

    // "$.places[0].id" → "$.places[0]"; "$.title" → "$".
    private static string ParentPath(string path) => path[..Math.Max(1, path.LastIndexOfAny(['.', '[']))];

    private static JsonNode? Get(JsonNode parent, string key) =>
        parent is JsonArray array ? array[int.Parse(key, System.Globalization.CultureInfo.InvariantCulture)] : parent[key];

    private static void Set(JsonNode parent, string key, JsonNode? value)
    {
        if (parent is JsonObject obj)
        {
            obj[key] = value;
        }
        else if (parent is JsonArray array)
        {
            array[int.Parse(key, System.Globalization.CultureInfo.InvariantCulture)] = value;
        }
    }

    /// <summary>Every member and array item that can be changed, with its schema and its JSON path.</summary>
    private static IEnumerable<(JsonNode Parent, string Key, ApiSchema Schema, string Path)> Slots(JsonNode? node, ApiSchema schema, string path)
    {
        if (node is JsonObject obj)
        {
            foreach (var (name, value) in obj.ToList())
            {
                var member = schema.Properties.GetValueOrDefault(name) ?? ApiSchema.Unknown;
                yield return (obj, name, member, $"{path}.{name}");
                foreach (var inner in Slots(value, member, $"{path}.{name}"))
                {
                    yield return inner;
                }
            }
        }
        else if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                var item = schema.Items ?? ApiSchema.Unknown;
                yield return (array, i.ToString(System.Globalization.CultureInfo.InvariantCulture), item, $"{path}[{i}]");
                foreach (var inner in Slots(array[i], item, $"{path}[{i}]"))
                {
                    yield return inner;
                }
            }
        }
    }
}
