using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Chronology.IntegrationTests.Readme;

/// <summary>
/// The few jq filter forms the README's examples use, parsed and run in process.
/// </summary>
/// <remarks>
/// Why not run jq itself: the README uses a dozen simple forms (paths, <c>[]</c>, slices, object and
/// array construction, string interpolation, <c>//</c>, <c>+</c>, <c>&gt;</c>, <c>length</c>,
/// <c>select</c>), and a test that needs no tool on the machine cannot be skipped by a machine that
/// lacks it. Anything else is refused with <see cref="NotSupportedException"/>, so an example with a
/// new form fails the test instead of passing unchecked: add the form here when the README needs it.
/// </remarks>
public sealed class JqFilter
{
    private readonly Func<JsonNode?, IEnumerable<JsonNode?>> run;

    private JqFilter(Func<JsonNode?, IEnumerable<JsonNode?>> run) => this.run = run;

    public static JqFilter Parse(string filter)
    {
        var parser = new JqParser(filter);
        return new JqFilter(parser.ParseWhole());
    }

    public IEnumerable<JsonNode?> Run(JsonNode? input) => run(input);
}

/// <summary>Recursive descent over the filter text; each rule returns the function that evaluates it.</summary>
internal sealed class JqParser(string text)
{
    private int at;

    public Func<JsonNode?, IEnumerable<JsonNode?>> ParseWhole()
    {
        var filter = Pipe();
        Skip();
        return at == text.Length ? filter : throw Unsupported("unexpected text");
    }

    private Func<JsonNode?, IEnumerable<JsonNode?>> Pipe()
    {
        var left = Alternative();
        while (Accept("|"))
        {
            var first = left;
            var right = Alternative();
            left = input => first(input).SelectMany(right);
        }

        return left;
    }

    private Func<JsonNode?, IEnumerable<JsonNode?>> Alternative()
    {
        var left = Comparison();
        if (!Accept("//"))
        {
            return left;
        }

        var right = Comparison();
        return input =>
        {
            var truthy = left(input).Where(IsTrue).ToList();
            return truthy.Count > 0 ? truthy : right(input);
        };
    }

    private Func<JsonNode?, IEnumerable<JsonNode?>> Comparison()
    {
        var left = Sum();
        if (!Accept(">"))
        {
            return left;
        }

        var right = Sum();
        return input => [JsonValue.Create(Number(Single(left(input))) > Number(Single(right(input))))];
    }

    private Func<JsonNode?, IEnumerable<JsonNode?>> Sum()
    {
        var left = Postfix();
        while (Accept("+"))
        {
            var first = left;
            var right = Postfix();
            left = input => [Add(Single(first(input)), Single(right(input)))];
        }

        return left;
    }

    private Func<JsonNode?, IEnumerable<JsonNode?>> Postfix()
    {
        var term = Primary();
        while (true)
        {
            Skip();
            if (Peek('.') && at + 1 < text.Length && IsNameStart(text[at + 1]))
            {
                at++;
                var name = Name();
                var before = term;
                term = input => before(input).Select(value => Field(value, name));
            }
            else if (Peek('['))
            {
                var before = term;
                var step = Brackets();
                term = input => before(input).SelectMany(step);
            }
            else
            {
                return term;
            }
        }
    }

    private Func<JsonNode?, IEnumerable<JsonNode?>> Primary()
    {
        Skip();
        if (Accept("("))
        {
            var inner = Pipe();
            Expect(")");
            return inner;
        }

        if (Peek('.'))
        {
            at++;
            if (at < text.Length && IsNameStart(text[at]))
            {
                var name = Name();
                return input => [Field(input, name)];
            }

            return input => [input];
        }

        if (Peek('"'))
        {
            return StringLiteral();
        }

        if (Peek('['))
        {
            at++;
            if (Accept("]"))
            {
                return _ => [new JsonArray()];
            }

            var items = Pipe();
            Expect("]");
            return input => [new JsonArray([.. items(input).Select(Copy)])];
        }

        if (Peek('{'))
        {
            return ObjectConstruction();
        }

        if (at < text.Length && char.IsAsciiDigit(text[at]))
        {
            var number = Integer();
            return _ => [JsonValue.Create(number)];
        }

        if (at < text.Length && IsNameStart(text[at]))
        {
            var name = Name();
            switch (name)
            {
                case "length":
                    return input => [Length(input)];
                case "select":
                    Expect("(");
                    var condition = Pipe();
                    Expect(")");
                    return input => condition(input).Any(IsTrue) ? [input] : [];
                default:
                    throw Unsupported($"function '{name}'");
            }
        }

        throw Unsupported("expression");
    }

    // After a term: [] iterates, [n] indexes, [m:n] slices.
    private Func<JsonNode?, IEnumerable<JsonNode?>> Brackets()
    {
        Expect("[");
        if (Accept("]"))
        {
            return Iterate;
        }

        var from = Integer();
        if (Accept("]"))
        {
            return input => [input is JsonArray array ? (from < array.Count ? array[from] : null) : throw Fails(input, $"index [{from}]")];
        }

        Expect(":");
        var to = Integer();
        Expect("]");
        return input => [Slice(input, from, to)];
    }

    private Func<JsonNode?, IEnumerable<JsonNode?>> ObjectConstruction()
    {
        Expect("{");
        var members = new List<(string Key, Func<JsonNode?, IEnumerable<JsonNode?>> Value)>();
        while (!Accept("}"))
        {
            if (members.Count > 0)
            {
                Expect(",");
            }

            Skip();
            string key;
            if (Peek('"'))
            {
                var literal = StringLiteral();
                key = Single(literal(null))!.GetValue<string>();
            }
            else
            {
                key = Name();
            }

            var field = key;
            members.Add(Accept(":") ? (key, Postfix()) : (key, input => [Field(input, field)]));
        }

        return input =>
        {
            var result = new JsonObject();
            foreach (var (key, value) in members)
            {
                result[key] = Copy(Single(value(input)));
            }

            return [result];
        };
    }

    // A string with \(…) interpolations: strings go in as they are, anything else as compact JSON (as jq does).
    private Func<JsonNode?, IEnumerable<JsonNode?>> StringLiteral()
    {
        Expect("\"");
        var parts = new List<Func<JsonNode?, string>>();
        var literal = new StringBuilder();
        while (at < text.Length && text[at] != '"')
        {
            var c = text[at++];
            if (c != '\\')
            {
                literal.Append(c);
                continue;
            }

            var escaped = text[at++];
            if (escaped == '(')
            {
                var fixedText = literal.ToString();
                parts.Add(_ => fixedText);
                literal.Clear();
                var inner = Pipe();
                Expect(")");
                parts.Add(input => Single(inner(input)) is var value && value is JsonValue v && v.TryGetValue<string>(out var s) ? s : JqOutput.Compact(value));
                continue;
            }

            literal.Append(escaped switch
            {
                '"' => '"',
                '\\' => '\\',
                'n' => '\n',
                't' => '\t',
                _ => throw Unsupported($"string escape \\{escaped}"),
            });
        }

        Expect("\"");
        var rest = literal.ToString();
        parts.Add(_ => rest);
        return input => [JsonValue.Create(string.Concat(parts.Select(part => part(input))))];
    }

    private static IEnumerable<JsonNode?> Iterate(JsonNode? input) => input switch
    {
        JsonArray array => array,
        JsonObject obj => obj.Select(member => member.Value),
        _ => throw Fails(input, "iterate with []"),
    };

    private static JsonNode? Field(JsonNode? input, string name) => input switch
    {
        null => null,
        JsonObject obj => obj[name],
        _ => throw Fails(input, $"take .{name}"),
    };

    private static JsonNode? Slice(JsonNode? input, int from, int to)
    {
        switch (input)
        {
            case JsonArray array:
                return new JsonArray([.. array.Skip(from).Take(Math.Max(0, to - from)).Select(Copy)]);
            case JsonValue value when value.TryGetValue<string>(out var s):
                // jq slices strings by code point.
                var runes = s.EnumerateRunes().ToList();
                return JsonValue.Create(string.Concat(runes.Skip(from).Take(Math.Max(0, to - from)).Select(r => r.ToString())));
            default:
                throw Fails(input, $"slice [{from}:{to}]");
        }
    }

    private static JsonNode? Length(JsonNode? input) => input switch
    {
        null => JsonValue.Create(0),
        JsonArray array => JsonValue.Create(array.Count),
        JsonObject obj => JsonValue.Create(obj.Count),
        JsonValue value when value.TryGetValue<string>(out var s) => JsonValue.Create(s.EnumerateRunes().Count()),
        _ => JsonValue.Create(Math.Abs(Number(input))),
    };

    private static JsonNode? Add(JsonNode? left, JsonNode? right)
    {
        if (left is null)
        {
            return Copy(right);
        }

        if (right is null)
        {
            return Copy(left);
        }

        if (left is JsonValue l && l.TryGetValue<string>(out var ls) && right is JsonValue r && r.TryGetValue<string>(out var rs))
        {
            return JsonValue.Create(ls + rs);
        }

        return left is JsonArray la && right is JsonArray ra
            ? new JsonArray([.. la.Select(Copy), .. ra.Select(Copy)])
            : JsonValue.Create(Number(left) + Number(right));
    }

    private static decimal Number(JsonNode? value) =>
        value is JsonValue number && decimal.TryParse(number.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw Fails(value, "use as a number");

    private static bool IsTrue(JsonNode? value) =>
        value is not null && !(value is JsonValue v && v.TryGetValue<bool>(out var b) && !b);

    // Object members and array items must each give exactly one value; jq's cartesian products are not supported.
    private static JsonNode? Single(IEnumerable<JsonNode?> values)
    {
        var list = values.Take(2).ToList();
        return list.Count == 1 ? list[0] : throw new NotSupportedException($"jq: an expression gave {list.Count} values where this evaluator supports exactly one");
    }

    private static JsonNode? Copy(JsonNode? node) => node?.DeepClone();

    private static InvalidOperationException Fails(JsonNode? input, string what) =>
        new($"jq: cannot {what} on {JqOutput.Compact(input)}");

    private NotSupportedException Unsupported(string what) =>
        new($"jq: {what} at {at} in '{text}' is not a form the README test knows; add it to {nameof(JqFilter)}");

    private int Integer()
    {
        Skip();
        var start = at;
        while (at < text.Length && char.IsAsciiDigit(text[at]))
        {
            at++;
        }

        return at > start ? int.Parse(text[start..at], CultureInfo.InvariantCulture) : throw Unsupported("index");
    }

    private string Name()
    {
        var start = at;
        while (at < text.Length && (IsNameStart(text[at]) || char.IsAsciiDigit(text[at])))
        {
            at++;
        }

        return at > start ? text[start..at] : throw Unsupported("name");
    }

    private static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c == '_';

    private bool Peek(char c)
    {
        Skip();
        return at < text.Length && text[at] == c;
    }

    private bool Accept(string token)
    {
        Skip();
        if (string.CompareOrdinal(text, at, token, 0, token.Length) != 0)
        {
            return false;
        }

        at += token.Length;
        return true;
    }

    private void Expect(string token)
    {
        if (!Accept(token))
        {
            throw Unsupported($"expected '{token}'");
        }
    }

    private void Skip()
    {
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }
    }
}
