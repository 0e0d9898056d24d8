using Chronology.Api.Common;
using Chronology.Application.Common;
using Chronology.Application.Places;
using Microsoft.AspNetCore.Mvc;

namespace Chronology.Api.Places;

/// <summary>Places, with aliases and the hierarchy they sit in (Tel Hamis → al-Jazeera region → Syria).</summary>
[ApiController]
[Route("api/v1/places")]
public sealed class PlacesController(PlaceService places) : ControllerBase
{
    /// <summary>Lists and searches places, by name.</summary>
    /// <response code="200">One page of places.</response>
    /// <response code="400">A parameter is malformed, or the parent is unknown or ambiguous.</response>
    [HttpGet]
    [ProducesResponseType<PagedResponse<PlaceResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<PagedResponse<PlaceResponse>> List([FromQuery] PlaceListRequest request, CancellationToken cancellationToken) =>
        await places.ListAsync(request, cancellationToken);

    /// <summary>Gets one place with the chain of places it lies in and the places directly inside it.</summary>
    /// <param name="id">The place's id.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    /// <response code="200">The place; its ETag names its version.</response>
    /// <response code="304">Unchanged since the version named in If-None-Match.</response>
    /// <response code="404">No place has this id.</response>
    [HttpGet("{id:int}")]
    [ProducesResponseType<PlaceResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Get(int id, CancellationToken cancellationToken)
    {
        var found = await places.GetAsync(id, cancellationToken);
        return this.OkWithETag(found, found.Version);
    }
}
