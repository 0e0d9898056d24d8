using Chronology.Extraction.Classification;
using Chronology.Extraction.Dates;
using Chronology.Extraction.GazetteerMatching;
using Chronology.Extraction.Text;

namespace Chronology.Extraction.Candidates;

/// <summary>
/// Turns one dated sentence into candidates: one for its first date when it reports a happening (an event
/// verb, or a known place or force), and one more for each later date whose own clause has an event verb
/// ("X was captured on 3 May and Y on 9 May").
/// </summary>
public sealed class SentenceCandidateBuilder(GazetteerIndex index, NameSuggester suggester, string sourceTitle)
{
    public List<EventCandidate> Build(string sentence, int sentenceStart, IReadOnlyList<ResolvedDate> dates)
    {
        var candidates = new List<EventCandidate>();
        if (NonEventSentences.Applies(BlankDates(sentence, dates)))
        {
            return candidates;
        }

        var tokens = WordTokenizer.Tokenize(sentence);
        var matches = index.Match(tokens);
        var seen = new HashSet<DateOnly>();
        for (var k = 0; k < dates.Count; k++)
        {
            var date = dates[k];
            var windowStart = k == 0 ? 0 : dates[k - 1].Expression.End;
            var windowEnd = k + 1 < dates.Count ? dates[k + 1].Expression.Start : sentence.Length;
            var verb = EventTypeClassifier.Classify(sentence, windowStart, windowEnd, date.Expression.Start);
            // A day-dated sentence reports a happening whatever its verb ("On 10 December, ISIL blew up the dam").
            var reports = k == 0 ? verb is not null || date.Precision == DatePrecisionKind.Day : verb is not null && verb.Type != "statement";
            if (!reports || !seen.Add(date.Start))
            {
                continue;
            }

            // A later date speaks for its own clause; the first speaks for the sentence.
            var own = k == 0 ? matches : matches.Where(m => m.Start >= windowStart && m.End <= windowEnd).ToList();
            candidates.Add(Make(sentence, sentenceStart, date, verb, own.Count > 0 ? own : matches, tokens, date.Expression.End));
        }

        return candidates;
    }

    /// <summary>An undated sentence that reports a happening, dated by its paragraph's last date.</summary>
    public List<EventCandidate> BuildCarried(string sentence, int sentenceStart, ResolvedDate carried)
    {
        // Without a date of its own, a sentence must act: a report or remark alone is no happening,
        // nor is a quotation.
        var verb = EventTypeClassifier.Classify(sentence, 0, sentence.Length, 0);
        if (verb is null || sentence.TrimStart('*')[0] is '"' or '“' || NonEventSentences.Applies(sentence))
        {
            return [];
        }

        // A range carries its last day: the narrative has reached it.
        if (carried.End is { } end)
        {
            carried = carried with { Start = end, End = null, Precision = DatePrecisionKind.Day };
        }

        var tokens = WordTokenizer.Tokenize(sentence);
        var candidate = Make(sentence, sentenceStart, carried, verb, index.Match(tokens), tokens, clauseFrom: 0);
        var trace = candidate.Trace.Skip(1).Prepend($"date: carried from the paragraph's previous date '{carried.Text}' -> {carried.Start:yyyy-MM-dd}").ToList();
        return [candidate with { DateText = carried.Text, Confidence = Math.Round(candidate.Confidence * 0.7, 2), Trace = trace }];
    }

    private EventCandidate Make(string sentence, int sentenceStart, ResolvedDate date, TypeKeyword? verb, List<GazetteerMatch> matches, List<WordToken> tokens, int clauseFrom)
    {
        var trace = new List<string> { date.Describe() };
        var type = verb?.Type ?? "other";
        trace.Add(verb is null ? "type: other (no event keyword)" : $"type: {type} from '{verb.Word}'");

        var places = KeepInnermostPlaces(matches.Where(m => m.IsPlace).ToList());
        var forces = new List<CandidateForce>();
        foreach (var match in matches.Where(m => !m.IsPlace))
        {
            if (forces.All(f => f.Id != match.Entry.Id))
            {
                var role = ForceRoleAssigner.Assign(sentence, match, verb);
                forces.Add(new CandidateForce(match.Entry.Id, match.Entry.Name, role));
                trace.Add($"force: {match.Entry.Name} (#{match.Entry.Id}) as '{match.Written}', role {role}");
            }
        }

        foreach (var place in places)
        {
            trace.Add($"place: {place.Entry.Name} (#{place.Entry.Id}) as '{place.Written}'");
        }

        var fatalities = FatalityReader.Read(sentence);
        if (fatalities is { } dead)
        {
            trace.Add($"fatalities: {dead.Count} from '{dead.Text}'");
        }

        var unresolved = UnresolvedNameFinder.Find(sentence, tokens, matches)
            .Select(u => new UnresolvedName(u.Text, u.Kind, suggester.Suggest(u.Text, u.Kind)))
            .ToList();
        var candidatePlaces = places.Select(p => new CandidatePlace(p.Entry.Id, p.Entry.Name)).DistinctBy(p => p.Id).ToList();
        var titleForce = forces.FirstOrDefault(f => f.Role == "initiator") ?? forces.FirstOrDefault();
        var titleName = titleForce is null ? null : titleForce with { Name = ShortName(titleForce.Id) ?? titleForce.Name };
        var clause = MarkdownText.Plain(sentence[clauseFrom..]).TrimStart(',', ' ');
        var title = TitleWriter.Write(type, titleName, candidatePlaces.FirstOrDefault(), clause.Length > 0 ? clause : MarkdownText.Plain(sentence));
        var confidence = ConfidenceScorer.Score(date, verb is not null, candidatePlaces.Count > 0, forces.Count > 0, fatalities is not null);
        return new EventCandidate(
            sentence, sentenceStart, date.Start, date.End, date.Precision, date.Approximate, date.Text, type,
            fatalities?.Count, candidatePlaces, forces, unresolved, title, SummaryWriter.Write(sourceTitle, sentence), confidence, trace);
    }

    // The sentence with its dates blanked, so "By 11 June, 79 civilians" counts 79 and not 11.
    private static string BlankDates(string sentence, IReadOnlyList<ResolvedDate> dates)
    {
        var chars = sentence.ToCharArray();
        foreach (var date in dates)
        {
            Array.Fill(chars, ' ', date.Expression.Start, date.Expression.Length);
        }

        return new string(chars);
    }

    private string? ShortName(int forceId) =>
        index.Source.Forces.FirstOrDefault(f => f.Id == forceId)?.Abbreviation;

    /// <summary>Drops a country or region when a place inside it is named too.</summary>
    private List<GazetteerMatch> KeepInnermostPlaces(List<GazetteerMatch> places)
    {
        var ancestors = new HashSet<int>();
        foreach (var place in places)
        {
            var parent = place.Entry.ParentId;
            var guard = 0;
            while (parent is { } id && guard++ < 32 && index.PlacesById.TryGetValue(id, out var entry))
            {
                ancestors.Add(id);
                parent = entry.ParentId;
            }
        }

        return places.Where(p => !ancestors.Contains(p.Entry.Id)).ToList();
    }
}
