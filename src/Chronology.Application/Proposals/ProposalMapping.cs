namespace Chronology.Application.Proposals;

/// <summary>A proposal as the API shows it.</summary>
public static class ProposalMapping
{
    public static ProposalResponse ToResponse(this Proposal p) => new(
        p.Id, p.SourceId, p.Status, p.Confidence, p.Title, p.Summary, p.Type, p.Start, p.End, p.Precision,
        p.Approximate, p.DateText, p.Fatalities, p.Places, p.Forces, p.Unresolved, p.Quote, p.QuoteStart,
        p.Matches, p.EventId ?? p.Event?.Id, p.Trace, p.DecidedBy, p.DecidedAt, p.RejectionReason, p.Version);
}
