namespace Chronology.Extraction;

/// <summary>How precisely a date is known: to the day, the month or the year (as events store it).</summary>
public enum DatePrecisionKind
{
    Day,
    Month,
    Year,
}

/// <summary>A known place or force the extractor may recognise, by its name, abbreviation or aliases.</summary>
/// <param name="Kind">For places: country, governorate, region, canton, district, city, town, village, dam,
/// militaryBase, river, area. For forces: state, stateArmy, militia, coalition, jihadistGroup, alliance,
/// council, armedGroup.</param>
public sealed record GazetteerEntry(
    int Id,
    string Name,
    string? Abbreviation,
    IReadOnlyList<string> Aliases,
    string Kind,
    int? ParentId);

/// <summary>The service's own places and forces, which extraction matches names against.</summary>
public sealed record Gazetteer(IReadOnlyList<GazetteerEntry> Places, IReadOnlyList<GazetteerEntry> Forces)
{
    public static Gazetteer Empty { get; } = new([], []);
}

/// <summary>What the extractor may know besides the text itself.</summary>
/// <param name="PublishedOn">The document's date, used as the first anchor for dates without a year.</param>
public sealed record ExtractionOptions(DateOnly? PublishedOn = null);

public sealed record CandidatePlace(int Id, string Name);

/// <param name="Role">initiator, target, supporter or participant.</param>
public sealed record CandidateForce(int Id, string Name, string Role);

public sealed record NameSuggestion(int Id, string Name);

/// <param name="Kind">place or force.</param>
public sealed record UnresolvedName(string Text, string Kind, IReadOnlyList<NameSuggestion> Suggestions);

/// <summary>
/// One dated happening proposed from the text. <see cref="Quote"/> is an exact substring of the text
/// starting at <see cref="QuoteStart"/> (one sentence, or adjacent sentences).
/// </summary>
/// <param name="Type">attack, siege, liberation, capture, campaign, massacre, execution, formation,
/// declaration, pledgeOfAllegiance, statement or other (camelCase, as the API writes event types).</param>
/// <param name="Trace">The rules that fired, readable by a reviewer ("date: day-month-year '26 January 2015'").</param>
public sealed record EventCandidate(
    string Quote,
    int QuoteStart,
    DateOnly Start,
    DateOnly? End,
    DatePrecisionKind Precision,
    bool Approximate,
    string DateText,
    string Type,
    int? Fatalities,
    IReadOnlyList<CandidatePlace> Places,
    IReadOnlyList<CandidateForce> Forces,
    IReadOnlyList<UnresolvedName> Unresolved,
    string Title,
    string Summary,
    double Confidence,
    IReadOnlyList<string> Trace);

/// <summary>A stretch of the text with its character offsets.</summary>
/// <param name="Kind">paragraph, heading or sentence.</param>
public sealed record TextSpan(string Kind, int Start, int Length);

public sealed record ExtractionResult(IReadOnlyList<TextSpan> Segments, IReadOnlyList<EventCandidate> Candidates);
