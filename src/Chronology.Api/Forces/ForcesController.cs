using Chronology.Api.Common;
using Chronology.Application.Common;
using Chronology.Application.Forces;
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
}
