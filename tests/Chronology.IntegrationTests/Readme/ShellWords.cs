using System.Text;

namespace Chronology.IntegrationTests.Readme;

/// <summary>
/// Splits an example command as bash would: quotes, backslashes, <c>$NAME</c> variables, <c>|</c>
/// between stages, <c># comments</c>. Redirections, <c>$( )</c> and <c>;</c> are refused, not guessed at.
/// </summary>
public static class ShellWords
{
    /// <summary>True while the command needs its next line: a trailing backslash or an open quote.</summary>
    public static bool IsIncomplete(string command)
    {
        char? quote = null;
        for (var i = 0; i < command.Length; i++)
        {
            var c = command[i];
            if (quote is null && c == '#' && (i == 0 || char.IsWhiteSpace(command[i - 1])))
            {
                return false;
            }

            if (c == '\\' && quote != '\'')
            {
                if (i + 1 == command.Length)
                {
                    return true;
                }

                i++;
            }
            else if (c is '\'' or '"' && (quote is null || quote == c))
            {
                quote = quote is null ? c : null;
            }
        }

        return quote is not null;
    }

    /// <summary>The pipeline's stages, each as its words.</summary>
    public static List<List<string>> Split(string command, IReadOnlyDictionary<string, string> variables)
    {
        var stages = new List<List<string>> { new() };
        var word = new StringBuilder();
        var inWord = false;
        var i = 0;

        void EndWord()
        {
            if (inWord)
            {
                stages[^1].Add(word.ToString());
            }

            word.Clear();
            inWord = false;
        }

        while (i < command.Length)
        {
            var c = command[i];
            switch (c)
            {
                case '\\' when i + 1 < command.Length && command[i + 1] == '\n':
                    i += 2;
                    break;
                case '\\':
                    word.Append(command[i + 1]);
                    inWord = true;
                    i += 2;
                    break;
                case ' ' or '\t' or '\n':
                    EndWord();
                    i++;
                    break;
                case '#' when !inWord:
                    while (i < command.Length && command[i] != '\n')
                    {
                        i++;
                    }

                    break;
                case '|':
                    EndWord();
                    stages.Add([]);
                    i++;
                    break;
                case '\'':
                    var close = command.IndexOf('\'', i + 1);
                    word.Append(command, i + 1, close - i - 1);
                    inWord = true;
                    i = close + 1;
                    break;
                case '"':
                    i = DoubleQuoted(command, i + 1, word, variables);
                    inWord = true;
                    break;
                case '$':
                    i = Variable(command, i, word, variables);
                    inWord = true;
                    break;
                case ';' or '&' or '>' or '<' or '`' or '(' or ')':
                    throw new NotSupportedException($"shell: '{c}' in `{command}` is not a form the README test runs");
                default:
                    word.Append(c);
                    inWord = true;
                    i++;
                    break;
            }
        }

        EndWord();
        return stages;
    }

    private static int DoubleQuoted(string command, int i, StringBuilder word, IReadOnlyDictionary<string, string> variables)
    {
        while (command[i] != '"')
        {
            if (command[i] == '\\' && command[i + 1] is '"' or '\\' or '$' or '`')
            {
                word.Append(command[i + 1]);
                i += 2;
            }
            else if (command[i] == '$')
            {
                i = Variable(command, i, word, variables);
            }
            else
            {
                word.Append(command[i++]);
            }
        }

        return i + 1;
    }

    private static int Variable(string command, int i, StringBuilder word, IReadOnlyDictionary<string, string> variables)
    {
        var end = i + 1;
        while (end < command.Length && (char.IsAsciiLetterOrDigit(command[end]) || command[end] == '_'))
        {
            end++;
        }

        var name = command[(i + 1)..end];
        word.Append(variables.TryGetValue(name, out var value)
            ? value
            : throw new NotSupportedException($"shell: ${name} in `{command}` has no value in the README test"));
        return end;
    }
}
