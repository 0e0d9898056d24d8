using Chronology.Application.Changes;
using Microsoft.AspNetCore.Mvc;

namespace Chronology.Api.Changes;

/// <summary>The change feed: every committed create, update and delete, for clients that keep a copy in sync.</summary>
[ApiController]
[Route("api/v1/changes")]
public sealed class ChangesController(ChangeService changes) : ControllerBase
{
    /// <summary>Lists committed changes to events, places, forces and sources, oldest first.</summary>
    /// <remarks>
    /// A client that follows <c>nextCursor</c> never misses a committed change and never sees one twice, also
    /// when writes on several instances commit in another order than they started. Deletions are included.
    /// To keep a copy in sync: take <c>GET /api/v1/changes?after=now</c> and keep its <c>nextCursor</c>; walk
    /// <c>GET /api/v1/events</c> to the end; then ask this endpoint with <c>after</c> = the cursor you kept, fetch
    /// each changed record (or drop it, for a delete), and repeat with the new <c>nextCursor</c>. A change that
    /// happened during the walk is replayed: apply a record only when its version is newer than your copy's.
    /// Records loaded by the seed or the data generator are not changes: read them with the walk.
    /// </remarks>
    /// <response code="200">Changes after the cursor, and the cursor to continue from.</response>
    /// <response code="400">The cursor was not issued by this feed, or limit is out of range.</response>
    [HttpGet]
    [ProducesResponseType<ChangePage>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ChangePage> List([FromQuery] ChangeListRequest request, CancellationToken cancellationToken) =>
        await changes.ListAsync(request, cancellationToken);
}
