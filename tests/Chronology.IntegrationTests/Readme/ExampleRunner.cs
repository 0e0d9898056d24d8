using System.Text.RegularExpressions;

namespace Chronology.IntegrationTests.Readme;

/// <summary>Runs one example's pipeline: curl through the test client, then jq or grep as the README writes them.</summary>
public static class ExampleRunner
{
    public static async Task<string> RunAsync(string command, HttpClient client, IReadOnlyDictionary<string, string> variables)
    {
        var stages = ShellWords.Split(command, variables);
        var output = await CurlRequest.Parse(stages[0]).RunAsync(client, ReadmeExamples.RepositoryRoot());
        foreach (var stage in stages.Skip(1))
        {
            output = stage switch
            {
                ["jq", .. var arguments] => Jq(arguments, output),
                ["grep", "-iE", var pattern] => string.Concat(Lines(output)
                    .Where(line => Regex.IsMatch(line, pattern, RegexOptions.IgnoreCase))
                    .Select(line => line + "\n")),
                _ => throw new NotSupportedException($"pipeline stage `{string.Join(' ', stage)}` is not one the README test runs"),
            };
        }

        return output;
    }

    /// <summary>What the README prints, and what the service answered, compared line by line: line ends and a final newline do not count.</summary>
    public static string Normalise(string text) => string.Join("\n", Lines(text)).TrimEnd('\n');

    private static string Jq(IReadOnlyList<string> arguments, string input)
    {
        var compact = false;
        var filter = ".";
        foreach (var argument in arguments)
        {
            if (argument == "-c")
            {
                compact = true;
            }
            else if (argument.StartsWith('-'))
            {
                throw new NotSupportedException($"jq option '{argument}'");
            }
            else
            {
                filter = argument;
            }
        }

        var jq = JqFilter.Parse(filter);
        var results = JqOutput.ReadInputs(input).SelectMany(jq.Run);
        return string.Concat(results.Select(result => (compact ? JqOutput.Compact(result) : JqOutput.Indented(result)) + "\n"));
    }

    private static IEnumerable<string> Lines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
}
