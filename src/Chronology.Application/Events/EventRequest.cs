using Chronology.Application.Text;


namespace Chronology.Application.Events;

/// <summary>
/// The body of <c>POST /api/v1/events</c> and <c>PUT /api/v1/events/{id}</c>: the shape reads return.
/// Linked places need only their id, forces their id and role, citations their sourceId and quote.
/// Server-owned members (id, createdAt, updatedAt, version, names of linked records) are ignored.
/// </summary>
public sealed record EventRequest
{
    /// <summary>Short title, up to 200 characters.</summary>
    /// <example>YPG liberate Tel Hamis</example>
    public string? Title { get; init; }

    /// <summary>What happened, in a few sentences (up to 4,000 characters); attribute contested claims.</summary>
    /// <example>According to the article, Tel Hamis district in al-Jazeera region was liberated on 27 February 2015.</example>
    public string? Summary { get; init; }

    /// <summary>attack, siege, liberation, capture, campaign, massacre, execution, formation, declaration, pledgeOfAllegiance, statement or other.</summary>
    /// <example>liberation</example>
    public string? Type { get; init; }

    /// <summary>First day, YYYY-MM-DD. With month or year precision, the first day of that month or year.</summary>
    /// <example>2015-02-27</example>
    public DateOnly? Start { get; init; }

    /// <summary>Last day of a span (not before start), or null.</summary>
    public DateOnly? End { get; init; }

    /// <summary>day (default), month or year.</summary>
    /// <example>day</example>
    public string? Precision { get; init; }

    /// <summary>True when the date is computed from a relative or vague expression.</summary>
    public bool Approximate { get; init; }

    /// <summary>The date exactly as the source writes it.</summary>
    /// <example>February 27-2015</example>
    public string? DateText { get; init; }

    /// <summary>Deaths, where the source gives a number (0 or more).</summary>
    public int? Fatalities { get; init; }

    /// <summary>One or more places, by id.</summary>
    public IReadOnlyList<EventPlaceLink>? Places { get; init; }

    /// <summary>One or more forces, by id, each with its role: initiator, target, supporter or participant.</summary>
    public IReadOnlyList<EventForceLink>? Forces { get; init; }

    /// <summary>One or more citations; each quote must appear verbatim in its source's text.</summary>
    public IReadOnlyList<CitationLink>? Citations { get; init; }

    /// <summary>The event this one is a stage of (e.g. a campaign), or null.</summary>
    public int? ParentId { get; init; }

    /// <summary>What the source gets wrong or leaves unclear (up to 4,000 characters).</summary>
    public string? Notes { get; init; }

    /// <summary>
    /// This request with its text in normalisation form C (<see cref="TextInput.Nfc(string?)"/>). Quotes
    /// too: source texts are stored in that form, so a quote stays verbatim to the text it is checked against.
    /// </summary>
    public EventRequest ToNfc() => this with
    {
        Title = TextInput.Nfc(Title),
        Summary = TextInput.Nfc(Summary),
        DateText = TextInput.Nfc(DateText),
        Notes = TextInput.Nfc(Notes),
        Citations = Citations?.Select(c => c is null ? null! : c with { Quote = TextInput.Nfc(c.Quote) }).ToList(),
    };
}

/// <summary>A place of an event, by id.</summary>
/// <param name="Id">The place's id.</param>
public sealed record EventPlaceLink(int Id);

/// <summary>A force in an event, by id, with its role.</summary>
/// <param name="Id">The force's id.</param>
/// <param name="Role">initiator, target, supporter or participant.</param>
public sealed record EventForceLink(int Id, string? Role);

/// <summary>A quote backing an event.</summary>
/// <param name="SourceId">The source's id.</param>
/// <param name="Quote">Words copied verbatim from the source's text.</param>
public sealed record CitationLink(int SourceId, string? Quote);
