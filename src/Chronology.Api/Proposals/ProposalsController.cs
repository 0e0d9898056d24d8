using Chronology.Api.Auth;
using Chronology.Api.Common;
using Chronology.Application.Audit;
using Chronology.Application.Events;
using Chronology.Application.Listing;
using Chronology.Application.Proposals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Chronology.Api.Proposals;

/// <summary>The review queue: events the extractor proposed from a source, for an editor to accept, merge or reject.</summary>
[ApiController]
[Route("api/v1/proposals")]
public sealed class ProposalsController(ProposalService proposals) : ControllerBase
{
    /// <summary>Lists proposals by id (the order of extraction), filtered by source and status.</summary>
    /// <response code="200">One page of proposals.</response>
    /// <response code="400">A parameter is malformed.</response>
    [HttpGet]
    [ProducesResponseType<PagedResponse<ProposalResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<PagedResponse<ProposalResponse>> List([FromQuery] ProposalListRequest request, CancellationToken cancellationToken) =>
        await proposals.ListAsync(request, cancellationToken);

    /// <summary>Gets one proposal.</summary>
    /// <param name="id">The proposal's id.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    /// <response code="200">The proposal.</response>
    /// <response code="404">No proposal has this id.</response>
    [HttpGet("{id:int}")]
    [ProducesResponseType<ProposalResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Get(int id, CancellationToken cancellationToken)
    {
        var found = await proposals.GetAsync(id, cancellationToken);
        return this.OkWithETag(found, found.Version);
    }

    /// <summary>The proposal's decisions: who accepted, merged or rejected it, when, and the proposal before and after.</summary>
    /// <param name="id">The proposal's id.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    /// <response code="200">The decisions, oldest first (empty while pending).</response>
    /// <response code="404">No proposal has, or ever had, this id.</response>
    [HttpGet("{id:int}/history")]
    [ProducesResponseType<PagedResponse<AuditEntryResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<PagedResponse<AuditEntryResponse>> History(int id, CancellationToken cancellationToken) =>
        await proposals.HistoryAsync(id, cancellationToken);

    /// <summary>Accepts a proposal as a new event, or merges its quote into an existing event. Needs an editor key.</summary>
    /// <remarks>
    /// With no body, the proposal becomes an event as proposed. A body overrides any member of the event body
    /// (<c>title</c>, <c>type</c>, <c>start</c>, <c>places</c> and <c>forces</c> by id — this is how unresolved
    /// names get resolved, including places and forces just created — …); the event goes through the same
    /// validation as <c>POST /api/v1/events</c>. <c>{ "mergeInto": 12 }</c> instead adds the proposal's quote
    /// as one more citation of event 12. Either way the decision is recorded in the audit trail; a proposal
    /// is decided once: two editors accepting it at once make exactly one event, the other gets a 409.
    /// </remarks>
    /// <param name="id">The proposal's id.</param>
    /// <param name="request">Optional overrides, or <c>mergeInto</c>.</param>
    /// <param name="cancellationToken">Aborts the work when the client goes away.</param>
    /// <response code="200">Merged: the event that gained the citation.</response>
    /// <response code="201">Accepted: the new event; Location names it.</response>
    /// <response code="400">The event would not be valid (e.g. no place: give <c>places</c>), or <c>mergeInto</c> names no event.</response>
    /// <response code="404">No proposal has this id.</response>
    /// <response code="409">The proposal was already accepted or rejected.</response>
    [HttpPost("{id:int}/accept", Name = "acceptProposal")]
    [Authorize(Policy = AuthSetup.EditorPolicy)]
    [RequestSizeLimit(BodyLimits.Record)]
    [ProducesResponseType<EventResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<EventResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<IActionResult> Accept(
        int id, [FromBody(EmptyBodyBehavior = Microsoft.AspNetCore.Mvc.ModelBinding.EmptyBodyBehavior.Allow)] AcceptProposalRequest? request,
        CancellationToken cancellationToken)
    {
        var (result, created) = await proposals.AcceptAsync(id, request, cancellationToken);
        Response.Headers.ETag = ETags.For(result.Version);
        return created ? Created($"{Request.PathBase}/api/v1/events/{result.Id}", result) : Ok(result);
    }

    /// <summary>Rejects a proposal. Needs an editor key.</summary>
    /// <param name="id">The proposal's id.</param>
    /// <param name="request">Optional <c>reason</c>, kept with the decision.</param>
    /// <param name="cancellationToken">Aborts the work when the client goes away.</param>
    /// <response code="200">The rejected proposal.</response>
    /// <response code="400">The reason is too long.</response>
    /// <response code="404">No proposal has this id.</response>
    /// <response code="409">The proposal was already accepted or rejected.</response>
    [HttpPost("{id:int}/reject", Name = "rejectProposal")]
    [Authorize(Policy = AuthSetup.EditorPolicy)]
    [RequestSizeLimit(BodyLimits.Record)]
    [ProducesResponseType<ProposalResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ProposalResponse> Reject(
        int id, [FromBody(EmptyBodyBehavior = Microsoft.AspNetCore.Mvc.ModelBinding.EmptyBodyBehavior.Allow)] RejectProposalRequest? request,
        CancellationToken cancellationToken) =>
        await proposals.RejectAsync(id, request, cancellationToken);
}
