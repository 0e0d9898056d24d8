using Chronology.Api.Common;
using Chronology.Application.Common;
using Chronology.Application.Events;
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
}
