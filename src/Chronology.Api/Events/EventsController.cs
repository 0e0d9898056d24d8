using Chronology.Api.Auth;
using Chronology.Api.Common;
using Chronology.Application.Audit;
using Chronology.Application.Common;
using Chronology.Application.Events;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Chronology.Api.Events;

/// <summary>The chronology: events with their places, forces and sourced quotes.</summary>
[ApiController]
[Route("api/v1/events")]
public sealed class EventsController(EventService events) : ControllerBase
{
    /// <summary>Lists events, chronologically by default, filtered and paged.</summary>
    /// <remarks>
    /// Date windows use overlap: an event matches <c>from</c>..<c>to</c> when its span touches the window; an
    /// event without an end date lasts to the end of its precision (a "May 2015" event covers all of May).
    /// Places and forces are found by id, name or alias, ignoring case and accents (<c>kobani</c> finds Kobanî);
    /// a place also matches everything inside it. Follow <c>nextCursor</c> for the next page.
    /// </remarks>
    /// <response code="200">One page of events.</response>
    /// <response code="400">A parameter is malformed, or a place or force name is unknown or ambiguous.</response>
    [HttpGet]
    [ProducesResponseType<PagedResponse<EventResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<PagedResponse<EventResponse>> List([FromQuery] EventListRequest request, CancellationToken cancellationToken) =>
        await events.ListAsync(request, cancellationToken);

    /// <summary>Gets one event with its places, forces and citations.</summary>
    /// <param name="id">The event's id.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    /// <response code="200">The event; its ETag names its version.</response>
    /// <response code="304">The event is unchanged since the version named in If-None-Match.</response>
    /// <response code="404">No event has this id.</response>
    [HttpGet("{id:int}")]
    [ProducesResponseType<EventResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Get(int id, CancellationToken cancellationToken)
    {
        var found = await events.GetAsync(id, cancellationToken);
        return this.OkWithETag(found, found.Version);
    }

    /// <summary>The event's change history: who changed it, when, and the record before and after each change.</summary>
    /// <remarks>Written by the service with every create, update and delete; nothing in the API can edit it. Kept after a delete.</remarks>
    /// <param name="id">The event's id.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    /// <response code="200">The changes, oldest first.</response>
    /// <response code="404">No event has, or ever had, this id.</response>
    [HttpGet("{id:int}/history")]
    [ProducesResponseType<PagedResponse<AuditEntryResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<PagedResponse<AuditEntryResponse>> History(int id, CancellationToken cancellationToken) =>
        await events.HistoryAsync(id, cancellationToken);

    /// <summary>Creates an event. Needs an editor key.</summary>
    /// <param name="request">The new event.</param>
    /// <param name="cancellationToken">Aborts the work when the client goes away.</param>
    /// <remarks>Send an <c>Idempotency-Key</c> header (e.g. a UUID) to make retries safe: a retry with the same key and body returns the first answer and creates nothing; the same key with another body is a 422; a retry while the first is still running is a 409. Keys last 24 hours.</remarks>
    /// <response code="201">Created; Location names the new event and its ETag its version.</response>
    /// <response code="400">Validation failures per member; unknown place, force, source or parent ids; a quote not found verbatim in its source.</response>
    /// <response code="409">A request with the same Idempotency-Key is still being processed.</response>
    /// <response code="422">The Idempotency-Key was used before with a different body.</response>
    /// <response code="413">The body is larger than the limit for an event.</response>
    /// <response code="415">The body is not application/json.</response>
    [HttpPost]
    [Authorize(Policy = AuthSetup.EditorPolicy)]
    [Idempotent]
    [Consumes("application/json")]
    [RequestSizeLimit(BodyLimits.Record)]
    [ProducesResponseType<EventResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status415UnsupportedMediaType, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")]
    public async Task<IActionResult> Create([FromBody] EventRequest request, CancellationToken cancellationToken)
    {
        var created = await events.CreateAsync(request, cancellationToken);
        Response.Headers.ETag = ETags.For(created.Version);
        return Created($"{Request.PathBase}/api/v1/events/{created.Id}", created);
    }

    /// <summary>Replaces an event with the body. Needs an editor key; send If-Match with the ETag you read to avoid lost updates.</summary>
    /// <param name="id">The event's id.</param>
    /// <param name="request">The event's new content (the shape reads return).</param>
    /// <param name="cancellationToken">Aborts the work when the client goes away.</param>
    /// <response code="200">Updated; the ETag names the new version.</response>
    /// <response code="400">Validation failures per member; unknown place, force, source or parent ids; a quote not found verbatim in its source.</response>
    /// <response code="404">No event has this id.</response>
    /// <response code="412">If-Match names a version that is no longer current.</response>
    [HttpPut("{id:int}")]
    [Authorize(Policy = AuthSetup.EditorPolicy)]
    [Consumes("application/json")]
    [RequestSizeLimit(BodyLimits.Record)]
    [ProducesResponseType<EventResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status415UnsupportedMediaType, "application/problem+json")]
    public async Task<IActionResult> Update(int id, [FromBody] EventRequest request, CancellationToken cancellationToken)
    {
        var updated = await events.UpdateAsync(id, request, IfMatch.ExpectedVersion(Request), cancellationToken);
        Response.Headers.ETag = ETags.For(updated.Version);
        return Ok(updated);
    }

    /// <summary>Deletes an event. Needs an editor key; honours If-Match.</summary>
    /// <param name="id">The event's id.</param>
    /// <param name="cancellationToken">Aborts the work when the client goes away.</param>
    /// <response code="204">Deleted.</response>
    /// <response code="404">No event has this id.</response>
    /// <response code="409">The event has stages (child events) that point at it.</response>
    /// <response code="412">If-Match names a version that is no longer current.</response>
    [HttpDelete("{id:int}")]
    [Authorize(Policy = AuthSetup.EditorPolicy)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        await events.DeleteAsync(id, IfMatch.ExpectedVersion(Request), cancellationToken);
        return NoContent();
    }
}
