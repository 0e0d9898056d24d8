using System.Text.RegularExpressions;
using Chronology.Extraction.GazetteerMatching;

namespace Chronology.Extraction.Classification;

/// <summary>
/// Gives each force its role from where it stands: after "backed by" and the like → supporter; before the
/// event verb → initiator; after "from", or as the object of an acting verb → target; otherwise participant.
/// </summary>
public static partial class ForceRoleAssigner
{
    [GeneratedRegex(@"(?:backed\s+by|supported\s+by|with\s+the\s+(?:support|help|backing|assistance)\s+of|in\s+cooperation\s+with|aided\s+by|assisted\s+by|alongside|(?:air\s+)?support\s+from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex SupportLead();

    [GeneratedRegex(@"^(?:'s)?\s*(?:-led\s+)?(?:air\s*strikes?|air\s+support|aircraft|warplanes|jets)", RegexOptions.IgnoreCase)]
    private static partial Regex AirSupportTail();

    [GeneratedRegex(@"\b(?:from|against)\s+(?:the\s+)?(?:[\w-]+\s+){0,1}$", RegexOptions.IgnoreCase)]
    private static partial Regex TargetLead();

    [GeneratedRegex(@"\b(?:by|to)\s+(?:the\s+)?(?:[\w-]+\s+){0,1}$", RegexOptions.IgnoreCase)]
    private static partial Regex AgentLead();

    public static string Assign(string sentence, GazetteerMatch force, TypeKeyword? verb)
    {
        var before = sentence[Math.Max(0, force.Start - 40)..force.Start];
        var after = sentence[force.End..Math.Min(sentence.Length, force.End + 30)];
        if (SupportLead().IsMatch(before) || AirSupportTail().IsMatch(after))
        {
            return "supporter";
        }

        if (verb is null)
        {
            return "participant";
        }

        if (TargetLead().IsMatch(before))
        {
            return "target";
        }

        if (force.End <= verb.Start)
        {
            return "initiator";
        }

        // "was liberated by X", "fell to X": the agent comes after a passive verb.
        if (AgentLead().IsMatch(before))
        {
            return "initiator";
        }

        return EventKeywords.Acting.Contains(verb.Type) ? "target" : "participant";
    }
}
