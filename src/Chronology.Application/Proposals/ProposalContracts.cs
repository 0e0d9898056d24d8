using Chronology.Application.Events;

namespace Chronology.Application.Proposals;

/// <summary>A proposed event, as the review queue shows it.</summary>
/// <param name="Id">Server-assigned id.</param>
/// <param name="SourceId">The source it was found in.</param>
/// <param name="Status">pending, accepted or rejected.</param>
/// <param name="Confidence">0–1, from visible features (how explicit the date is, an event verb, known places and forces); see <c>trace</c>.</param>
/// <param name="Title">A short title for the event it would become.</param>
/// <param name="Summary">One sentence attributing the claim to the source.</param>
/// <param name="Type">The event type the wording suggests.</param>
/// <param name="Start">First day (YYYY-MM-DD), as an event would store it.</param>
/// <param name="End">Last day of a span, or null.</param>
/// <param name="Precision">day, month or year.</param>
/// <param name="Approximate">True when the date comes from a relative or vague expression.</param>
/// <param name="DateText">The date as the source writes it.</param>
/// <param name="Fatalities">Deaths the sentence gives a number for (never the wounded).</param>
/// <param name="Places">Known places named in the quote.</param>
/// <param name="Forces">Known forces named in the quote, with the role the wording gives them.</param>
/// <param name="Unresolved">Names that look like places or forces the service does not know, with the nearest known names.</param>
/// <param name="Quote">The sentence(s), an exact substring of the source's text.</param>
/// <param name="QuoteStart">Where the quote starts in the source's text (0-based, in UTF-16 code units as JavaScript counts).</param>
/// <param name="Matches">Existing events this one may describe (corroboration), best first.</param>
/// <param name="EventId">The event made from it, or that its quote was merged into; null while pending or when rejected.</param>
/// <param name="Trace">The extraction rules that fired, for the reviewer.</param>
/// <param name="DecidedBy">The editor who accepted or rejected it.</param>
/// <param name="DecidedAt">When it was decided (UTC).</param>
/// <param name="RejectionReason">Why it was rejected, where the editor said.</param>
/// <param name="Version">Concurrency version.</param>
public sealed record ProposalResponse(
    int Id,
    int SourceId,
    ProposalStatus Status,
    double Confidence,
    string Title,
    string Summary,
    EventType Type,
    DateOnly Start,
    DateOnly? End,
    DatePrecision Precision,
    bool Approximate,
    string DateText,
    int? Fatalities,
    IReadOnlyList<ProposalPlace> Places,
    IReadOnlyList<ProposalForce> Forces,
    IReadOnlyList<ProposalUnresolved> Unresolved,
    string Quote,
    int QuoteStart,
    IReadOnlyList<ProposalMatch> Matches,
    int? EventId,
    IReadOnlyList<string> Trace,
    string? DecidedBy,
    DateTime? DecidedAt,
    string? RejectionReason,
    int Version);

/// <summary>A known place named in a proposal.</summary>
public sealed record ProposalPlace(int Id, string Name);

/// <summary>A known force named in a proposal, with its role: initiator, target, supporter or participant.</summary>
public sealed record ProposalForce(int Id, string Name, string Role);

/// <summary>A name the gazetteer does not know. Resolve it by accepting with <c>places</c>/<c>forces</c> ids (create the place or force first when none fits).</summary>
/// <param name="Text">The name as written.</param>
/// <param name="Kind">place or force.</param>
/// <param name="Suggestions">The nearest known names.</param>
public sealed record ProposalUnresolved(string Text, string Kind, IReadOnlyList<ProposalSuggestion> Suggestions);

/// <summary>A known place or force that an unresolved name may mean.</summary>
public sealed record ProposalSuggestion(int Id, string Name);

/// <summary>An existing event the proposal may describe.</summary>
/// <param name="EventId">The event's id.</param>
/// <param name="Title">Its title.</param>
/// <param name="Start">Its start date.</param>
/// <param name="Reason">Why it matches, e.g. "cites the same words; dates overlap; same place (Kobanî)".</param>
public sealed record ProposalMatch(int EventId, string Title, DateOnly Start, string Reason);

/// <summary>The answer of <c>POST /api/v1/sources/{id}/extractions</c>: every proposal of the source after the run.</summary>
/// <param name="SourceId">The source.</param>
/// <param name="Items">Its proposals in the order of the text, decided ones included.</param>
public sealed record ExtractionResponse(int SourceId, IReadOnlyList<ProposalResponse> Items);

/// <summary>The query string of <c>GET /api/v1/proposals</c>.</summary>
public sealed record ProposalListRequest
{
    /// <summary>Only proposals found in this source.</summary>
    /// <example>2</example>
    public int? SourceId { get; init; }

    /// <summary>pending, accepted or rejected.</summary>
    /// <example>pending</example>
    public string? Status { get; init; }

    /// <summary>Page size, 1–500 (default 50).</summary>
    public int? Limit { get; init; }

    /// <summary>The <c>nextCursor</c> of the previous page.</summary>
    public string? Cursor { get; init; }
}

/// <summary>
/// The optional body of <c>POST /api/v1/proposals/{id}/accept</c>: members of the event body that override
/// the proposal's (places and forces by id — this is how unresolved names get resolved), or
/// <c>mergeInto</c> alone to add the proposal's quote to an existing event instead of making a new one.
/// </summary>
public sealed record AcceptProposalRequest
{
    /// <summary>Add the quote as one more citation of this event instead of creating one; no other member may be given with it.</summary>
    public int? MergeInto { get; init; }

    /// <summary>Overrides the proposed title.</summary>
    public string? Title { get; init; }

    /// <summary>Overrides the proposed summary.</summary>
    public string? Summary { get; init; }

    /// <summary>Overrides the proposed type.</summary>
    public string? Type { get; init; }

    /// <summary>Overrides the start date.</summary>
    public DateOnly? Start { get; init; }

    /// <summary>Overrides the end date.</summary>
    public DateOnly? End { get; init; }

    /// <summary>Overrides the precision.</summary>
    public string? Precision { get; init; }

    /// <summary>Overrides the approximate mark.</summary>
    public bool? Approximate { get; init; }

    /// <summary>Overrides the date as written.</summary>
    public string? DateText { get; init; }

    /// <summary>Overrides the fatalities.</summary>
    public int? Fatalities { get; init; }

    /// <summary>Replaces the places, by id.</summary>
    public IReadOnlyList<EventPlaceLink>? Places { get; init; }

    /// <summary>Replaces the forces, by id with role.</summary>
    public IReadOnlyList<EventForceLink>? Forces { get; init; }

    /// <summary>Replaces the citations; by default the proposal's quote from its source.</summary>
    public IReadOnlyList<CitationLink>? Citations { get; init; }

    /// <summary>The event this one is a stage of.</summary>
    public int? ParentId { get; init; }

    /// <summary>Notes on what the source gets wrong or leaves unclear.</summary>
    public string? Notes { get; init; }

    public bool OverridesAnything =>
        Title is not null || Summary is not null || Type is not null || Start is not null || End is not null
        || Precision is not null || Approximate is not null || DateText is not null || Fatalities is not null
        || Places is not null || Forces is not null || Citations is not null || ParentId is not null || Notes is not null;
}

/// <summary>The optional body of <c>POST /api/v1/proposals/{id}/reject</c>.</summary>
public sealed record RejectProposalRequest
{
    /// <summary>Why, for the record (up to 1,000 characters).</summary>
    /// <example>Background, not a dated happening.</example>
    public string? Reason { get; init; }
}
