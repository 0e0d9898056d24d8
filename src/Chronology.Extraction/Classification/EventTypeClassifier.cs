namespace Chronology.Extraction.Classification;

/// <summary>The keyword that decided a clause's event type, and where it stands.</summary>
public sealed record TypeKeyword(string Type, string Word, int Start, int End);

/// <summary>Reads an event type from a clause's wording.</summary>
public static class EventTypeClassifier
{
    /// <summary>
    /// Classifies sentence[windowStart..windowEnd). The keyword nearest before the date wins (the date
    /// usually follows its verb or opens the clause), else the nearest after; "overriding" types first.
    /// </summary>
    public static TypeKeyword? Classify(string sentence, int windowStart, int windowEnd, int dateStart)
    {
        var all = new List<TypeKeyword>();
        foreach (var (type, pattern) in EventKeywords.ByType)
        {
            for (var m = pattern.Match(sentence, windowStart, windowEnd - windowStart); m.Success; m = m.NextMatch())
            {
                all.Add(new TypeKeyword(type, m.Value, m.Index, m.Index + m.Length));
            }
        }

        if (all.Count == 0)
        {
            // No typed keyword: a general happening verb still makes the clause report something.
            var general = EventKeywords.GeneralHappening.Match(sentence, windowStart, windowEnd - windowStart);
            return general.Success ? new TypeKeyword("other", general.Value, general.Index, general.Index + general.Length) : null;
        }

        var overriding = all.Where(k => EventKeywords.Overriding.Contains(k.Type)).OrderBy(k => Math.Abs(k.Start - dateStart)).FirstOrDefault();
        if (overriding is not null)
        {
            return overriding;
        }

        var before = all.Where(k => k.End <= dateStart).OrderByDescending(k => k.Start).FirstOrDefault();
        var after = all.Where(k => k.Start >= dateStart).OrderBy(k => k.Start).FirstOrDefault();
        var statementOnly = before?.Type == "statement" && after is not null && after.Type != "statement";
        return statementOnly ? after : before ?? after ?? all[0];
    }
}
