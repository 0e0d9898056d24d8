using Chronology.Api.Auth;
using Chronology.Api.Common;
using Chronology.Api.Common.Caching;
using Chronology.Application.Audit;
using Chronology.Application.Forces;
using Chronology.Application.Listing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Chronology.Api.Forces;

/// <summary>Armed forces and political actors, with aliases (IS / ISIS / ISIL / Daesh) and membership (YPJ → SDF).</summary>
[ApiController]
[Route("api/v1/forces")]
public sealed class ForcesController(ForceService forces) : ControllerBase
{
    /// <summary>Lists and searches forces, by name.</summary>
    /// <response code="200">One page of forces.</response>
    /// <response code="400">A parameter is malformed.</response>
    [HttpGet]
    [CachedByDataVersion]
    [ProducesResponseType<PagedResponse<ForceResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<PagedResponse<ForceResponse>> List([FromQuery] ForceListRequest request, CancellationToken cancellationToken) =>
        await forces.ListAsync(request, cancellationToken);

    /// <summary>Gets one force with the force it belongs to and its members.</summary>
    /// <param name="id">The force's id.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    /// <response code="200">The force; its ETag names its version.</response>
    /// <response code="304">Unchanged since the version named in If-None-Match.</response>
    /// <response code="404">No force has this id.</response>
    [HttpGet("{id:int}")]
    [ProducesResponseType<ForceResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Get(int id, CancellationToken cancellationToken)
    {
        var found = await forces.GetAsync(id, cancellationToken);
        return this.OkWithETag(found, found.Version);
    }

    /// <summary>The force's change history: who changed it, when, and the record before and after each change.</summary>
    /// <remarks>Written by the service with every create, update and delete; nothing in the API can edit it. Kept after a delete.</remarks>
    /// <param name="id">The force's id.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    /// <response code="200">The changes, oldest first.</response>
    /// <response code="404">No force has, or ever had, this id.</response>
    [HttpGet("{id:int}/history")]
    [ProducesResponseType<PagedResponse<AuditEntryResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<PagedResponse<AuditEntryResponse>> History(int id, CancellationToken cancellationToken) =>
        await forces.HistoryAsync(id, cancellationToken);

    /// <summary>Creates a force. Needs an editor key.</summary>
    /// <param name="request">The new force.</param>
    /// <param name="cancellationToken">Aborts the work when the client goes away.</param>
    /// <remarks>Send an <c>Idempotency-Key</c> header (e.g. a UUID) to make retries safe: a retry with the same key and body returns the first answer and creates nothing; the same key with another body is a 422; a retry while the first is still running is a 409. Keys last 24 hours.</remarks>
    /// <response code="201">Created; Location names the new force and its ETag its version.</response>
    /// <response code="400">Validation failures per member; an unknown parent; a membership loop; an alias that names another force.</response>
    /// <response code="409">A request with the same Idempotency-Key is still being processed.</response>
    /// <response code="422">The Idempotency-Key was used before with a different body.</response>
    /// <response code="413">The body is larger than the limit for a force.</response>
    /// <response code="415">The body is not application/json.</response>
    [HttpPost]
    [Authorize(Policy = AuthSetup.EditorPolicy)]
    [Idempotent]
    [Consumes("application/json")]
    [RequestSizeLimit(BodyLimits.Record)]
    [ProducesResponseType<ForceResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status415UnsupportedMediaType, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")]
    public async Task<IActionResult> Create([FromBody] ForceRequest request, CancellationToken cancellationToken)
    {
        var created = await forces.CreateAsync(request, cancellationToken);
        Response.Headers.ETag = ETags.For(created.Version);
        return Created($"{Request.PathBase}/api/v1/forces/{created.Id}", created);
    }

    /// <summary>Replaces a force with the body. Needs an editor key; send If-Match with the ETag you read to avoid lost updates.</summary>
    /// <param name="id">The force's id.</param>
    /// <param name="request">The force's new content (the shape reads return).</param>
    /// <param name="cancellationToken">Aborts the work when the client goes away.</param>
    /// <response code="200">Updated; the ETag names the new version.</response>
    /// <response code="400">Validation failures per member; an unknown parent; a membership loop; an alias that names another force.</response>
    /// <response code="404">No force has this id.</response>
    /// <response code="412">If-Match names a version that is no longer current.</response>
    [HttpPut("{id:int}")]
    [Authorize(Policy = AuthSetup.EditorPolicy)]
    [Consumes("application/json")]
    [RequestSizeLimit(BodyLimits.Record)]
    [ProducesResponseType<ForceResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status415UnsupportedMediaType, "application/problem+json")]
    public async Task<IActionResult> Update(int id, [FromBody] ForceRequest request, CancellationToken cancellationToken)
    {
        var updated = await forces.UpdateAsync(id, request, IfMatch.ExpectedVersion(Request), cancellationToken);
        Response.Headers.ETag = ETags.For(updated.Version);
        return Ok(updated);
    }

    /// <summary>Deletes a force. Needs an editor key; honours If-Match.</summary>
    /// <param name="id">The force's id.</param>
    /// <param name="cancellationToken">Aborts the work when the client goes away.</param>
    /// <response code="204">Deleted.</response>
    /// <response code="404">No force has this id.</response>
    /// <response code="409">Events or member forces still use the force; the answer lists them.</response>
    /// <response code="412">If-Match names a version that is no longer current.</response>
    [HttpDelete("{id:int}")]
    [Authorize(Policy = AuthSetup.EditorPolicy)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        await forces.DeleteAsync(id, IfMatch.ExpectedVersion(Request), cancellationToken);
        return NoContent();
    }
}
