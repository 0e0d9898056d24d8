using Chronology.Api.Auth;
using Chronology.Api.Common;
using Chronology.Api.Common.Caching;
using Chronology.Application.Audit;
using Chronology.Application.Listing;
using Chronology.Application.Proposals;
using Chronology.Application.Sources;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Chronology.Api.Sources;

/// <summary>The documents events are drawn from, with their full text.</summary>
[ApiController]
[Route("api/v1/sources")]
public sealed class SourcesController(SourceService sources, SourceImportService imports, ExtractionService extractions) : ControllerBase
{
    /// <summary>Lists sources, oldest record first.</summary>
    /// <response code="200">One page of sources.</response>
    /// <response code="400">A parameter is malformed.</response>
    [HttpGet]
    [CachedByDataVersion]
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

    /// <summary>The source's change history: who changed it, when, and the record before and after each change.</summary>
    /// <remarks>Written by the service with every create, update and delete; nothing in the API can edit it. Kept after a delete.</remarks>
    /// <param name="id">The source's id.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    /// <response code="200">The changes, oldest first.</response>
    /// <response code="404">No source has, or ever had, this id.</response>
    [HttpGet("{id:int}/history")]
    [ProducesResponseType<PagedResponse<AuditEntryResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<PagedResponse<AuditEntryResponse>> History(int id, CancellationToken cancellationToken) =>
        await sources.HistoryAsync(id, cancellationToken);

    /// <summary>Creates a source. Needs an editor key.</summary>
    /// <param name="request">The new source.</param>
    /// <param name="cancellationToken">Aborts the work when the client goes away.</param>
    /// <remarks>Send an <c>Idempotency-Key</c> header (e.g. a UUID) to make retries safe: a retry with the same key and body returns the first answer and creates nothing; the same key with another body is a 422; a retry while the first is still running is a 409. Keys last 24 hours.</remarks>
    /// <response code="201">Created; Location names the new source and its ETag its version.</response>
    /// <response code="400">Validation failures per member.</response>
    /// <response code="409">A request with the same Idempotency-Key is still being processed.</response>
    /// <response code="422">The Idempotency-Key was used before with a different body.</response>
    /// <response code="413">The body is larger than the limit for a source.</response>
    /// <response code="415">The body is not application/json.</response>
    [HttpPost]
    [Authorize(Policy = AuthSetup.EditorPolicy)]
    [Idempotent]
    [Consumes("application/json")]
    [RequestSizeLimit(BodyLimits.Source)]
    [ProducesResponseType<SourceResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status415UnsupportedMediaType, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")]
    public async Task<IActionResult> Create([FromBody] SourceRequest request, CancellationToken cancellationToken)
    {
        var created = await sources.CreateAsync(request, cancellationToken);
        Response.Headers.ETag = ETags.For(created.Version);
        return Created($"{Request.PathBase}/api/v1/sources/{created.Id}", created);
    }

    /// <summary>Imports a document (text, Markdown, HTML or PDF) as a new source. Needs an editor key.</summary>
    /// <remarks>
    /// Send <c>multipart/form-data</c> with a <c>file</c> part and, optionally, <c>title</c>, <c>url</c>,
    /// <c>publisher</c>, <c>publishedOn</c> and <c>language</c> parts, which win over what the document says
    /// of itself. HTML is reduced to its article text (no scripts, menus or markup); a PDF gives its text
    /// layer; Markdown loses its markup; plain text is kept as it is. Every text is stored NFC-normalised with
    /// <c>\n</c> line ends: the stored <c>text</c> is exactly what extraction reads and quotes are checked against.
    /// Then run <c>POST /api/v1/sources/{id}/extractions</c>.
    /// </remarks>
    /// <param name="form">The file and the members given with it.</param>
    /// <param name="cancellationToken">Aborts the work when the client goes away.</param>
    /// <response code="201">Created; Location names the new source.</response>
    /// <response code="400">No file part, or a member is not valid (e.g. publishedOn not YYYY-MM-DD, text over 4,000,000 characters).</response>
    /// <response code="413">The file is larger than 32 MB.</response>
    /// <response code="415">Not a multipart form, or a file of a kind the import does not read (an image, a Word file).</response>
    /// <response code="422">The file is empty, binary, or has no text (a scanned PDF without a text layer).</response>
    [HttpPost("import", Name = "importSource")]
    [Authorize(Policy = AuthSetup.EditorPolicy)]
    [Consumes("multipart/form-data")]
    [RequestSizeLimit(SourceLimits.ImportFileMaxBytes + BodyLimits.Record)]
    [RequestFormLimits(MultipartBodyLengthLimit = SourceLimits.ImportFileMaxBytes + BodyLimits.Record)]
    [ReadFormFirst]
    [ProducesResponseType<SourceResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status415UnsupportedMediaType, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")]
    public async Task<IActionResult> Import([FromForm] SourceImportForm form, CancellationToken cancellationToken)
    {
        if (form.File is not { } file)
        {
            throw new ValidationException([new ValidationFailure("file", "Send the document in a multipart part named 'file'.")]);
        }

        await using var content = file.OpenReadStream();
        var created = await imports.ImportAsync(new SourceImportRequest(
            content, file.FileName, file.ContentType, form.Title, form.Url, form.Publisher, form.PublishedOn, form.Language), cancellationToken);
        Response.Headers.ETag = ETags.For(created.Version);
        return Created($"{Request.PathBase}/api/v1/sources/{created.Id}", created);
    }

    /// <summary>Runs the extractor over the source's text and answers every proposal of the source. Needs an editor key.</summary>
    /// <remarks>
    /// The extractor finds sentences that report dated happenings, resolves their dates (explicit, month and
    /// year, yearless with the year carried forward, "the same day", "two days later", ranges), recognises
    /// known places and forces, and proposes an event for each, with a confidence and a trace of the rules
    /// that fired. Each proposal lists the existing events it may describe (<c>matches</c>). Running it again
    /// on the same text adds nothing twice: pending proposals are refreshed, decided ones kept as they are.
    /// Review them with <c>GET /api/v1/proposals?sourceId={id}&amp;status=pending</c>.
    /// </remarks>
    /// <param name="id">The source's id.</param>
    /// <param name="cancellationToken">Aborts the work when the client goes away.</param>
    /// <response code="200">The source's proposals after the run, in the order of the text.</response>
    /// <response code="404">No source has this id.</response>
    /// <response code="422">The source has no text, or is not in English (the only language the extractor reads).</response>
    [HttpPost("{id:int}/extractions", Name = "runExtraction")]
    [Authorize(Policy = AuthSetup.EditorPolicy)]
    [ProducesResponseType<ExtractionResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")]
    public async Task<ExtractionResponse> Extract(int id, CancellationToken cancellationToken) =>
        await extractions.RunAsync(id, cancellationToken);

    /// <summary>Replaces a source with the body. Needs an editor key; send If-Match with the ETag you read to avoid lost updates.</summary>
    /// <param name="id">The source's id.</param>
    /// <param name="request">The source's new content (the shape reads return).</param>
    /// <param name="cancellationToken">Aborts the work when the client goes away.</param>
    /// <response code="200">Updated; the ETag names the new version.</response>
    /// <response code="400">Validation failures per member.</response>
    /// <response code="404">No source has this id.</response>
    /// <response code="412">If-Match names a version that is no longer current.</response>
    [HttpPut("{id:int}")]
    [Authorize(Policy = AuthSetup.EditorPolicy)]
    [Consumes("application/json")]
    [RequestSizeLimit(BodyLimits.Source)]
    [ProducesResponseType<SourceResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status415UnsupportedMediaType, "application/problem+json")]
    public async Task<IActionResult> Update(int id, [FromBody] SourceRequest request, CancellationToken cancellationToken)
    {
        var updated = await sources.UpdateAsync(id, request, IfMatch.ExpectedVersion(Request), cancellationToken);
        Response.Headers.ETag = ETags.For(updated.Version);
        return Ok(updated);
    }

    /// <summary>Deletes a source. Needs an editor key; honours If-Match.</summary>
    /// <param name="id">The source's id.</param>
    /// <param name="cancellationToken">Aborts the work when the client goes away.</param>
    /// <response code="204">Deleted.</response>
    /// <response code="404">No source has this id.</response>
    /// <response code="409">Events cite the source, or a new text would drop quotes they cite.</response>
    /// <response code="412">If-Match names a version that is no longer current.</response>
    [HttpDelete("{id:int}")]
    [Authorize(Policy = AuthSetup.EditorPolicy)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        await sources.DeleteAsync(id, IfMatch.ExpectedVersion(Request), cancellationToken);
        return NoContent();
    }
}
