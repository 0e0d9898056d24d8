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
        var root = Build(schema, 0) ?? new JsonObject();
        var steps = new List<string>();
        var verdict = Verdict.Valid;
        var rounds = random.Next(4);
        for (var i = 0; i < rounds; i++)
        {
            var (step, judged) = Mutate(root, schema, contract);
            steps.Add(step);
            verdict = WriteContract.Worst(verdict, judged);
        }

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

    private JsonNode? Build(ApiSchema schema, int depth, string name = "")
    {
        if (schema.Type == "object")
        {
            var obj = new JsonObject();
            foreach (var (member, memberSchema) in schema.Properties.Where(_ => depth < 4))
            {
                obj[member] = Build(memberSchema, depth + 1, member);
            }

            return obj;
        }

        if (schema.Type == "array")
        {
            return schema.Example is { ValueKind: JsonValueKind.Array } list
                ? new JsonArray([.. list.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.String ? Unique(item.GetString()!) : JsonNode.Parse(item.GetRawText()))])
                : new JsonArray(depth < 4 ? Build(schema.Items ?? ApiSchema.Unknown, depth + 1) : null);
        }

        if (schema.Example is { } example)
        {
            return example.ValueKind == JsonValueKind.String && schema.Format is null && schema.FirstListedValue is null
                ? Unique(example.GetString()!)
                : JsonNode.Parse(example.GetRawText());
        }

        return (schema.Type, schema.Format) switch
        {
            ("integer", _) when name.EndsWith("id", StringComparison.OrdinalIgnoreCase) =>
                targets.AllIds.Skip(random.Next(Math.Max(1, targets.AllIds.Count()))).FirstOrDefault(1),
            ("integer", _) => random.Next(0, 5),
            ("number", _) => 36.5,
            ("boolean", _) => false,
            ("string", "date") => "2015-02-27",
            ("string", "date-time") => "2015-02-27T00:00:00Z",
            ("string", _) => schema.FirstListedValue ?? "the",
            _ => null,
        };
    }

    // Names and aliases must not be taken already, or no create would ever get past validation.
    private JsonNode Unique(string example) =>
        JsonValue.Create(example.Length >= 6 && random.Next(4) > 0 ? $"{example}-{random.Next(1_000_000)}" : example);

    private (string Step, Verdict Verdict) Mutate(JsonNode root, ApiSchema schema, WriteContract contract)
    {
        var slots = Slots(root, schema, "$").ToList();
        if (slots.Count == 0 || random.Next(12) == 0)
        {
            return (NullEverything(root), contract.AllNull());
        }

        var (parent, key, member, path) = slots[random.Next(slots.Count)];
        // A member the schema does not have (one an earlier round added) is ignored by the service, whatever it holds.
        var known = schema.Properties.ContainsKey(path[2..].Split('.', '[')[0]);
        switch (random.Next(9))
        {
            case 0:
                return parent is JsonObject o && o.Remove(key) ? ($"removed {path}", known ? contract.Absent(path) : Verdict.Valid) : ($"kept {path}", Verdict.Valid);
            case 1:
                var extra = FuzzPayloads.Pick(random, FuzzPayloads.ExtraMembers);
                var raw = FuzzPayloads.Pick(random, FuzzPayloads.RawJson);
                if (parent is not JsonObject target)
                {
                    return ($"added nothing beside {path}", Verdict.Valid);
                }

                var siblings = target.Select(m => m.Key).Concat(ReferenceEquals(target, root) ? schema.Properties.Keys : []).ToList();
                target[extra] = Raw(raw);
                return ($"added member '{extra}' beside {path}", WriteContract.Extra(extra, siblings, raw));
            case 2:
                Set(parent, key, null);
                return ($"{path} = null", known ? contract.Absent(path) : Verdict.Valid);
            case 3:
                var huge = FuzzPayloads.HugeJson(random);
                Set(parent, key, Raw(huge));
                return ($"{path} = huge or deeply nested", contract.Value(path, known, null, huge));
            case 4:
                var edge = FuzzPayloads.Pick(random, random.Next(3) == 0 ? FuzzPayloads.LengthEdges : FuzzPayloads.Injections);
                Set(parent, key, edge);
                return ($"{path} = injection string or length edge", contract.Value(path, known, JsonValue.Create(edge)));
            case 5:
                var text = FuzzPayloads.Huge(random);
                Set(parent, key, text);
                return ($"{path} = huge string", contract.Value(path, known, JsonValue.Create(text)));
            case 6 when member.Format is "date" or "date-time":
                var date = FuzzPayloads.Pick(random, FuzzPayloads.Dates);
                Set(parent, key, date);
                return ($"{path} = boundary date", contract.Value(path, known, JsonValue.Create(date)));
            default:
                var wrong = WrongType(member);
                var verdict = wrong is JsonValue placeholder && placeholder.TryGetValue<string>(out var s) && s.StartsWith("@@raw", StringComparison.Ordinal)
                    ? contract.Value(path, known, null, raws[^1])
                    : contract.Value(path, known, wrong?.DeepClone());
                Set(parent, key, wrong);
                return ($"{path} = wrong type or boundary value", verdict);
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
