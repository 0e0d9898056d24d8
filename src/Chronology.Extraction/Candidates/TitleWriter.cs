namespace Chronology.Extraction.Candidates;

/// <summary>A short title: force + verb + place ("YPG liberates Kobanî"), the place and a participle
/// ("Kobanî recaptured"), or else the clause's first words.</summary>
public static class TitleWriter
{
    private const int FallbackWords = 8;

    private static readonly Dictionary<string, (string Active, string Passive)> Verbs = new()
    {
        ["liberation"] = ("liberates", "liberated"),
        ["capture"] = ("captures", "captured"),
        ["attack"] = ("attacks", "attacked"),
        ["siege"] = ("besieges", "besieged"),
        ["massacre"] = ("commits massacre in", "massacre"),
        ["execution"] = ("executes prisoner in", "execution"),
        ["campaign"] = ("launches campaign in", "campaign"),
        ["declaration"] = ("makes declaration on", "declaration"),
        ["statement"] = ("issues statement on", "statement"),
    };

    public static string Write(string type, CandidateForce? force, CandidatePlace? place, string clause)
    {
        var who = force?.Name;
        if (type == "formation" && who is not null)
        {
            return who + " formed";
        }

        if (type == "pledgeOfAllegiance" && who is not null)
        {
            return who + " pledges allegiance";
        }

        if (Verbs.TryGetValue(type, out var verb))
        {
            if (who is not null && place is not null)
            {
                return $"{who} {verb.Active} {place.Name}";
            }

            if (place is not null)
            {
                return $"{place.Name} {verb.Passive}";
            }

            if (who is not null && type is not ("massacre" or "execution" or "campaign" or "declaration" or "statement"))
            {
                return $"{who} {verb.Active.Split(' ')[0]}";
            }
        }

        var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var trimmed = string.Join(' ', words.Take(FallbackWords)).TrimEnd(',', '.', ';', ':');
        return words.Length > FallbackWords ? trimmed + " …" : trimmed;
    }
}
