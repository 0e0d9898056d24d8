using Chronology.Api.Common;
using Chronology.Application.Common;
using Chronology.Application.Sources;
using Microsoft.AspNetCore.Mvc;

namespace Chronology.Api.Sources;

/// <summary>The documents events are drawn from, with their full text.</summary>
[ApiController]
[Route("api/v1/sources")]
public sealed class SourcesController(SourceService sources) : ControllerBase
{
    /// <summary>Lists sources, oldest record first.</summary>
    /// <response code="200">One page of sources.</response>
    /// <response code="400">A parameter is malformed.</response>
    [HttpGet]
    [ProducesResponseType<PagedResponse<SourceResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<PagedResponse<SourceResponse>> List([FromQuery] SourceListRequest request, CancellationToken cancellationToken) =>
        await sources.ListAsync(request, cancellationToken);

    /// <summary>Gets one source with its full text.</summary>
    /// <param name="id">The source's id.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    /// <response code="200">The source; its ETag names its version.</response>
    /// <response code="304">Unchanged since the version named in If-None-Match.</response>
    /// <response code="404">No source has this id.</response>
    [HttpGet("{id:int}")]
    [ProducesResponseType<SourceResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Get(int id, CancellationToken cancellationToken)
    {
        var found = await sources.GetAsync(id, cancellationToken);
        return this.OkWithETag(found, found.Version);
    }
}
