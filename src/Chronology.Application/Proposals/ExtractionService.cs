using System.Globalization;
using Chronology.Application.Errors;
using Chronology.Application.Events;
using Chronology.Application.Sources;
using Chronology.Application.Writing;
using Chronology.Extraction;
using Microsoft.Extensions.Logging;

namespace Chronology.Application.Proposals;

/// <summary>
/// Runs the extractor over a source and keeps its proposals. The same text gives the same proposals:
/// a re-run refreshes pending ones in place, keeps decided ones as they were, and drops pending ones the
/// extractor no longer finds (after the text or the extractor changed).
/// </summary>
public sealed class ExtractionService(
    ISourceRepository sources,
    IProposalRepository proposals,
    ProposalMatcher matcher,
    IUnitOfWork unitOfWork,
    ICurrentEditor editor,
    TimeProvider clock,
    ILogger<ExtractionService> logger)
{
    public async Task<ExtractionResponse> RunAsync(int sourceId, CancellationToken cancellationToken)
    {
        var source = await sources.GetByIdAsync(sourceId, cancellationToken) ?? throw new NotFoundException("Source", sourceId);
        var text = source.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new UnprocessableException("The source has no text.",
                $"Source {sourceId} has no text to extract events from. Give it one with PUT /api/v1/sources/{sourceId}, or import the document with POST /api/v1/sources/import.");
        }

        if (!IsEnglishTag(source.Language) || !DocumentExtractor.ReadsAsEnglish(text))
        {
            throw new UnprocessableException("The extractor does not read this language.",
                $"Source {sourceId} is marked '{source.Language}'{(IsEnglishTag(source.Language) ? " but its text does not read as English" : string.Empty)}; the extractor reads English only. Add its events by hand with POST /api/v1/events.");
        }

        var started = clock.GetTimestamp();
        var gazetteer = await proposals.LoadGazetteerAsync(cancellationToken);
        var loaded = clock.GetTimestamp();
        var result = DocumentExtractor.Extract(text, gazetteer.Gazetteer, source.Title, new ExtractionOptions(source.PublishedOn));
        var extracted = clock.GetTimestamp();
        var cited = ProposalMatcher.LocateCitations(text, await proposals.GetCitationsOfSourceAsync(sourceId, cancellationToken));

        var existing = await proposals.ListForSourceForUpdateAsync(sourceId, cancellationToken);
        var byFingerprint = existing.ToDictionary(p => p.Fingerprint);
        var seen = new HashSet<string>();
        var added = new List<Proposal>();
        var refreshed = new List<Proposal>();
        foreach (var candidate in result.Candidates)
        {
            var fingerprint = FingerprintOf(candidate);
            if (!seen.Add(fingerprint))
            {
                continue;
            }

            var matches = await matcher.MatchAsync(candidate, gazetteer, cited, cancellationToken);
            if (byFingerprint.TryGetValue(fingerprint, out var known))
            {
                if (!known.IsDecided)
                {
                    Fill(known, candidate, matches);
                    refreshed.Add(known);
                }

                continue;
            }

            var proposal = new Proposal
            {
                SourceId = sourceId,
                Fingerprint = fingerprint,
                Title = candidate.Title,
                Summary = candidate.Summary,
                DateText = candidate.DateText,
                Quote = candidate.Quote,
            };
            Fill(proposal, candidate, matches);
            proposals.Add(proposal);
            added.Add(proposal);
        }

        var dropped = existing.Where(p => !p.IsDecided && !seen.Contains(p.Fingerprint)).ToList();
        dropped.ForEach(proposals.Remove);
        var matched = clock.GetTimestamp();
        await using (var work = await unitOfWork.BeginAsync(cancellationToken))
        {
            refreshed.ForEach(work.MarkChanged);
            await work.CommitAsync(cancellationToken);
        }

        logger.LogInformation(
            "Extraction of source {SourceId} by {Editor}: {Candidates} candidates, {Added} new proposals, {Dropped} dropped; "
            + "gazetteer {GazetteerMs:0} ms, extractor {ExtractorMs:0} ms, matching {MatchingMs:0} ms, saving {SavingMs:0} ms",
            sourceId, editor.Name, result.Candidates.Count, added.Count, dropped.Count, clock.GetElapsedTime(started, loaded).TotalMilliseconds,
            clock.GetElapsedTime(loaded, extracted).TotalMilliseconds, clock.GetElapsedTime(extracted, matched).TotalMilliseconds,
            clock.GetElapsedTime(matched).TotalMilliseconds);

        // The run holds every proposal of the source already: the kept ones and the new ones, ids assigned by the save.
        var all = existing.Except(dropped).Concat(added).Select(p => p.ToResponse());
        return new ExtractionResponse(sourceId, all.OrderBy(p => p.QuoteStart).ThenBy(p => p.Id).ToList());
    }

    private static bool IsEnglishTag(string language) =>
        language.Equals("en", StringComparison.OrdinalIgnoreCase) || language.StartsWith("en-", StringComparison.OrdinalIgnoreCase);

    private static string FingerprintOf(EventCandidate candidate) => string.Join(':',
        candidate.QuoteStart.ToString(CultureInfo.InvariantCulture),
        candidate.Quote.Length.ToString(CultureInfo.InvariantCulture),
        candidate.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static void Fill(Proposal proposal, EventCandidate candidate, List<ProposalMatch> matches)
    {
        proposal.Title = Clip(candidate.Title, EventLimits.TitleMaxLength);
        proposal.Summary = Clip(candidate.Summary, EventLimits.SummaryMaxLength);
        proposal.Type = Enum.TryParse<EventType>(candidate.Type, ignoreCase: true, out var type) ? type : EventType.Other;
        proposal.Start = candidate.Start;
        proposal.End = candidate.End;
        proposal.Precision = Enum.Parse<DatePrecision>(candidate.Precision.ToString());
        proposal.Approximate = candidate.Approximate;
        proposal.DateText = Clip(candidate.DateText, EventLimits.DateTextMaxLength);
        proposal.Fatalities = candidate.Fatalities;
        proposal.Quote = candidate.Quote;
        proposal.QuoteStart = candidate.QuoteStart;
        proposal.Confidence = Math.Round(Math.Clamp(candidate.Confidence, 0, 1), 3);
        proposal.Places = candidate.Places.Select(p => new ProposalPlace(p.Id, p.Name)).ToList();
        proposal.Forces = candidate.Forces.Select(f => new ProposalForce(f.Id, f.Name, f.Role)).ToList();
        proposal.Unresolved = candidate.Unresolved
            .Select(u => new ProposalUnresolved(u.Text, u.Kind, u.Suggestions.Select(s => new ProposalSuggestion(s.Id, s.Name)).ToList()))
            .ToList();
        proposal.Matches = matches;
        proposal.Trace = candidate.Trace.ToList();
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
