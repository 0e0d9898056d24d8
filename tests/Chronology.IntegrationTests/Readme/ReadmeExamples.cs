using System.Text.RegularExpressions;

namespace Chronology.IntegrationTests.Readme;

/// <summary>One example of the README: the command after <c>$ </c> (continuation lines joined) and the answer printed under it.</summary>
/// <param name="Section">The <c>##</c> heading it stands under; each section runs on its own fresh service.</param>
/// <param name="Line">Its line number in README.md, for the reader of a failure.</param>
/// <param name="Command">The command without its <c>$ </c>, continuation lines included.</param>
/// <param name="Answer">The printed answer's lines.</param>
public sealed record ReadmeExample(string Section, int Line, string Command, string Answer);

/// <summary>
/// Finds the examples in the README's <c>```bash</c> blocks: a line starting <c>$ </c> is a command,
/// continued while a line ends in <c>\</c> or a quote is still open; the lines under it, up to the
/// next command, a <c>#</c> comment line or the end of the block, are its printed answer.
/// </summary>
public static partial class ReadmeExamples
{
    public static string ReadmePath => Path.Combine(RepositoryRoot(), "README.md");

    public static IReadOnlyList<ReadmeExample> Read() => Parse(File.ReadAllText(ReadmePath));

    public static IReadOnlyList<ReadmeExample> Parse(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var examples = new List<ReadmeExample>();
        var section = "";
        var inBash = false;
        var inOtherBlock = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                (inBash, inOtherBlock) = inBash || inOtherBlock ? (false, false) : (line == "```bash", line != "```bash");
                continue;
            }

            if (!inBash && !inOtherBlock && line.StartsWith("## ", StringComparison.Ordinal))
            {
                section = line[3..].Trim();
            }

            if (!inBash || !line.StartsWith("$ ", StringComparison.Ordinal))
            {
                continue;
            }

            var start = i;
            var command = line[2..];
            while (ShellWords.IsIncomplete(command))
            {
                command += "\n" + lines[++i];
            }

            var answer = new List<string>();
            while (i + 1 < lines.Length && !lines[i + 1].StartsWith("$ ", StringComparison.Ordinal)
                && !lines[i + 1].StartsWith('#') && !lines[i + 1].StartsWith("```", StringComparison.Ordinal))
            {
                answer.Add(lines[++i]);
            }

            examples.Add(new ReadmeExample(section, start + 1, command, string.Join("\n", answer)));
        }

        return examples;
    }

    /// <summary>Lines anywhere in the README that start like an example command, counted without the parser's rules.</summary>
    public static int CountCommandLines(string markdown) => CommandLine().Count(markdown);

    public static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Chronology.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Chronology.sln not found above the test binaries.");
    }

    [GeneratedRegex(@"^\$ curl ", RegexOptions.Multiline)]
    private static partial Regex CommandLine();
}
