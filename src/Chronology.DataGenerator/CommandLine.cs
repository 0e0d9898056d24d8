using System.Globalization;
using Chronology.Infrastructure.Persistence;

namespace Chronology.DataGenerator;

/// <summary>The generator's arguments: options, plus settings that override the service's configuration.</summary>
public sealed record CommandLine(GeneratorOptions Options, Dictionary<string, string?> Settings, string? Error)
{
    public const string Usage =
        "usage: Chronology.DataGenerator [--events N] [--provider Sqlite|Postgres] [--connection \"<connection string>\"] [--seed N] [--batch N]";

    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        var options = new GeneratorOptions();
        var settings = new Dictionary<string, string?>();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (i + 1 >= args.Count)
            {
                return Fail($"{name} needs a value.");
            }

            var value = args[++i];
            switch (name)
            {
                case "--events" when Count(value) is { } events:
                    options = options with { Events = events };
                    break;
                case "--seed" when int.TryParse(value, CultureInfo.InvariantCulture, out var seed):
                    options = options with { Seed = seed };
                    break;
                case "--batch" when Count(value) is > 0 and var batch:
                    options = options with { BatchSize = batch };
                    break;
                case "--provider" when Enum.TryParse<DatabaseProvider>(value, ignoreCase: true, out var provider) && !int.TryParse(value, out _):
                    settings[$"{DatabaseOptions.SectionName}:{nameof(DatabaseOptions.Provider)}"] = provider.ToString();
                    break;
                case "--connection" when value.Length > 0:
                    settings[$"ConnectionStrings:{DatabaseProviders.ConnectionStringName}"] = value;
                    break;
                default:
                    return Fail($"'{name} {value}' is not a known option with a valid value.");
            }
        }

        return new CommandLine(options, settings, null);

        CommandLine Fail(string error) => new(options, settings, error);
    }

    // "1000000", "1_000_000" or "1,000,000".
    private static int? Count(string text) =>
        int.TryParse(text.Replace("_", "").Replace(",", ""), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
