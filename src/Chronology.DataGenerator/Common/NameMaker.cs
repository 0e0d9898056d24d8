using Chronology.Application.Text;


namespace Chronology.DataGenerator.Common;

/// <summary>
/// Makes plausible Levantine and Mesopotamian names from syllables ("Tell Qashira", "Deir Mahuna"),
/// each unique in folded form among everything it has handed out and the names already stored, so a
/// lookup by name finds one record.
/// </summary>
public sealed class NameMaker(Random random, IEnumerable<string> takenNormalizedNames)
{
    private static readonly string[] Onsets =
        ["b", "d", "f", "h", "j", "k", "kh", "l", "m", "n", "q", "r", "s", "sh", "t", "z", "gh", "w", "y"];

    private static readonly string[] Vowels = ["a", "a", "i", "u", "e", "o"];

    private static readonly string[] Codas = ["", "", "", "n", "r", "l", "m", "d", "k"];

    private static readonly string[] Endings = ["a", "iya", "an", "in", "un", "a", "iyeh", "ah"];

    private static readonly string[] Qualifiers = ["al-Sharqi", "al-Gharbi", "al-Fawqani", "al-Tahtani", "al-Kabir", "al-Saghir", "al-Jadid"];

    private readonly HashSet<string> taken = [.. takenNormalizedNames];

    /// <summary>A capitalised root such as "Qashira"; not reserved, so it can be reused inside names.</summary>
    public string Root()
    {
        var syllables = random.Next(1, 3);
        var text = string.Empty;
        for (var i = 0; i < syllables; i++)
        {
            text += Onsets[random.Next(Onsets.Length)] + Vowels[random.Next(Vowels.Length)] + Codas[random.Next(Codas.Length)];
        }

        text += Onsets[random.Next(Onsets.Length)] + Endings[random.Next(Endings.Length)];
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>A name built by <paramref name="compose"/> from fresh roots, made unique with a qualifier if it must.</summary>
    public string Unique(Func<string, string> compose)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var name = compose(Root());
            if (attempt >= 10)
            {
                name += " " + Qualifiers[random.Next(Qualifiers.Length)];
            }

            if (TryReserve(name))
            {
                return name;
            }
        }

        throw new InvalidOperationException("Ran out of unique names; the generator's name space is too small.");
    }

    /// <summary>Reserves a name (or alias) when its folded form is still free.</summary>
    public bool TryReserve(string name) => taken.Add(TextNormalizer.Normalize(name));
}
