using FluentValidation.Results;

namespace Chronology.Application.Text;

/// <summary>Enum values as the API writes them (camelCase), and parsing them from query strings.</summary>
public static class EnumText
{
    public static string Name<T>(T value) where T : struct, Enum => CamelCase(value.ToString());

    public static IEnumerable<string> Names<T>() where T : struct, Enum => Enum.GetNames<T>().Select(CamelCase);

    /// <summary>Parses one value; on a bad value adds a failure that lists the valid ones.</summary>
    public static T? ParseOptional<T>(string? text, string field, List<ValidationFailure> failures) where T : struct, Enum
    {
        var values = ParseList<T>(text, field, failures);
        if (values.Count > 1)
        {
            failures.Add(new ValidationFailure(field, $"'{field}' takes one value."));
        }

        return values.Count == 1 ? values[0] : null;
    }

    /// <summary>Parses a comma-separated list; each bad value adds a failure that lists the valid ones.</summary>
    public static List<T> ParseList<T>(string? list, string field, List<ValidationFailure> failures) where T : struct, Enum
    {
        var values = new List<T>();
        if (string.IsNullOrWhiteSpace(list))
        {
            return values;
        }

        foreach (var item in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Enum.TryParse also accepts numbers and "A, B" flag syntax; only names are part of the contract.
            if (Enum.GetNames<T>().Contains(item, StringComparer.OrdinalIgnoreCase))
            {
                values.Add(Enum.Parse<T>(item, ignoreCase: true));
                continue;
            }

            var shown = item.Length > 40 ? item[..40] + "…" : item;
            failures.Add(new ValidationFailure(field, $"'{shown}' is not a valid {field}. Valid values: {string.Join(", ", Names<T>())}."));
        }

        return values;
    }

    private static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
