using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Chronology.IntegrationTests.Readme;

/// <summary>jq's input (one or more JSON texts, as NDJSON gives) and its output: <c>-c</c> compact, or indented by two.</summary>
public static class JqOutput
{
    public static IEnumerable<JsonNode?> ReadInputs(string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowMultipleValues = true });
        var values = new List<JsonNode?>();
        while (reader.Read())
        {
            values.Add(JsonNode.Parse(ref reader));
        }

        return values;
    }

    public static string Compact(JsonNode? node)
    {
        var text = new StringBuilder();
        Write(text, node, null);
        return text.ToString();
    }

    public static string Indented(JsonNode? node)
    {
        var text = new StringBuilder();
        Write(text, node, "");
        return text.ToString();
    }

    // indent null: compact. Numbers keep the text they came with, as jq 1.7 prints unchanged numbers.
    private static void Write(StringBuilder text, JsonNode? node, string? indent)
    {
        var inner = indent is null ? null : indent + "  ";
        switch (node)
        {
            case null:
                text.Append("null");
                break;
            case JsonObject obj when obj.Count == 0:
                text.Append("{}");
                break;
            case JsonArray array when array.Count == 0:
                text.Append("[]");
                break;
            case JsonObject obj:
                text.Append('{');
                var firstMember = true;
                foreach (var (name, value) in obj)
                {
                    text.Append(firstMember ? "" : ",");
                    NewLine(text, inner);
                    WriteString(text, name);
                    text.Append(indent is null ? ":" : ": ");
                    Write(text, value, inner);
                    firstMember = false;
                }

                NewLine(text, indent);
                text.Append('}');
                break;
            case JsonArray array:
                text.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    text.Append(i == 0 ? "" : ",");
                    NewLine(text, inner);
                    Write(text, array[i], inner);
                }

                NewLine(text, indent);
                text.Append(']');
                break;
            case JsonValue value when value.TryGetValue<string>(out var s):
                WriteString(text, s);
                break;
            default:
                text.Append(node.ToJsonString());
                break;
        }
    }

    private static void NewLine(StringBuilder text, string? indent)
    {
        if (indent is not null)
        {
            text.Append('\n').Append(indent);
        }
    }

    // jq escapes quotes, backslashes and control characters (DEL included) and writes everything else as it is.
    private static void WriteString(StringBuilder text, string value)
    {
        text.Append('"');
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                '\r' => "\\r",
                '\b' => "\\b",
                '\f' => "\\f",
                < ' ' or '\u007f' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        text.Append('"');
    }
}
