using Chronology.Application.Events;
using Chronology.Application.Writing;

namespace Chronology.Application.Proposals;

/// <summary>Where a proposal stands in review.</summary>
public enum ProposalStatus
{
    Pending,
    Accepted,
    Rejected,
}

/// <summary>
/// An event the extractor found in a source, waiting for an editor to accept, merge or reject it. The
/// quote is an exact substring of the source's text at <see cref="QuoteStart"/>.
/// </summary>
public sealed class Proposal : Auditable
{
    public int SourceId { get; set; }

    /// <summary>Where the quote starts, its length and the date found: the same text gives the same fingerprint, so re-runs add nothing twice.</summary>
    public required string Fingerprint { get; set; }

    public ProposalStatus Status { get; private set; }

    public double Confidence { get; set; }

    public required string Title { get; set; }

    public required string Summary { get; set; }

    public EventType Type { get; set; }

    public DateOnly Start { get; set; }

    public DateOnly? End { get; set; }

    public DatePrecision Precision { get; set; }

    public bool Approximate { get; set; }

    public required string DateText { get; set; }

    public int? Fatalities { get; set; }

    public required string Quote { get; set; }

    public int QuoteStart { get; set; }

    public List<ProposalPlace> Places { get; set; } = [];

    public List<ProposalForce> Forces { get; set; } = [];

    public List<ProposalUnresolved> Unresolved { get; set; } = [];

    public List<ProposalMatch> Matches { get; set; } = [];

    public List<string> Trace { get; set; } = [];

    /// <summary>The event made from it (accepted) or that gained its quote (merged).</summary>
    public int? EventId { get; private set; }

    public Event? Event { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTime? DecidedAt { get; private set; }

    public string? RejectionReason { get; private set; }

    public bool IsDecided => Status != ProposalStatus.Pending;

    public void Accept(Event created, string editor, DateTime utcNow)
    {
        Event = created;
        Decide(ProposalStatus.Accepted, editor, utcNow);
    }

    public void MergeInto(int eventId, string editor, DateTime utcNow)
    {
        EventId = eventId;
        Decide(ProposalStatus.Accepted, editor, utcNow);
    }

    public void Reject(string? reason, string editor, DateTime utcNow)
    {
        RejectionReason = reason;
        Decide(ProposalStatus.Rejected, editor, utcNow);
    }

    private void Decide(ProposalStatus status, string editor, DateTime utcNow)
    {
        Status = status;
        DecidedBy = editor;
        DecidedAt = utcNow;
    }
}
