using Chronology.Api.Auth;
using Chronology.Api.Common;
using Chronology.Api.Common.Caching;
using Chronology.Api.Events.Exports;
using Chronology.Application.Audit;
using Chronology.Application.Events;
using Chronology.Application.Listing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Chronology.Api.Events;

/// <summary>The chronology: events with their places, forces and sourced quotes.</summary>
[ApiController]
[Route("api/v1/events")]
public sealed class EventsController(EventService events) : ControllerBase
{
    /// <summary>Lists events, chronologically by default, filtered and paged; or exports every matching event as CSV, GeoJSON, iCalendar, NDJSON or TimelineJS.</summary>
    /// <remarks>
    /// Date windows use overlap: an event matches <c>from</c>..<c>to</c> when its span touches the window; an
    /// event without an end date lasts to the end of its precision (a "May 2015" event covers all of May).
    /// Places and forces are found by id, name or alias, ignoring case and accents (<c>kobani</c> finds Kobanî);
    /// a place also matches everything inside it. Follow <c>nextCursor</c> for the next page.
    ///
    /// **Exports.** With <c>format</c> (or an <c>Accept</c> header naming one of the export media types) the answer is
    /// *every* event the filters match, not one page, in the list's order, streamed as it is read and offered as a
    /// download (<c>Content-Disposition: attachment</c>); <c>limit</c>, when given, caps the number of events.
    /// <c>format</c> wins over <c>Accept</c>; <c>Accept: */*</c>, <c>application/json</c> or none give the JSON page.
    /// - <c>csv</c> (<c>text/csv</c>): RFC 4180, a header row, one row per event, columns
    ///   <c>id, start, end, precision, approximate, dateText, type, title, summary, fatalities, places, placeIds, forces, quotes, sourceIds, updatedAt</c>;
    ///   places, placeIds and sourceIds joined with "; ", forces as "YPG (initiator); IS (target)", quotes one per line.
    /// - <c>geojson</c> (<c>application/geo+json</c>): an RFC 7946 FeatureCollection, one Feature per event with a Point or
    ///   MultiPoint at its places ([lon, lat]; null when no place has coordinates) and the event as its properties.
    /// - <c>ics</c> (<c>text/calendar</c>): RFC 5545, one all-day VEVENT per event; DTEND is the day after the last day
    ///   (a month-precision event covers its month); UID <c>event-{id}@chronology</c>, URL back to the event.
    /// - <c>ndjson</c> (<c>application/x-ndjson</c>): each event as this list returns it, one JSON object a line.
    /// - <c>timelinejs</c> (only by <c>format</c>): the JSON TimelineJS 3 reads; dates carry the parts their precision supports.
    /// </remarks>
    /// <param name="request">The filters, paging and sort.</param>
    /// <param name="format" example="csv">An export format: <c>csv</c>, <c>geojson</c>, <c>ics</c>, <c>ndjson</c> or <c>timelinejs</c> (<c>json</c>, the default, is the paged list).</param>
    /// <param name="cancellationToken">Aborts the query, or the export half-way, when the client goes away.</param>
    /// <response code="200">One page of events; with an export format, every matching event in that format.</response>
    /// <response code="400">A parameter is malformed, the format is unknown, or a place or force name is unknown or ambiguous.</response>
    /// <response code="406">The Accept header names no media type this endpoint produces.</response>
    [HttpGet]
    [CachedByDataVersion]
    [ProducesResponseType<PagedResponse<EventResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status406NotAcceptable, "application/problem+json")]
    public async Task<IActionResult> List([FromQuery] EventListRequest request, [FromQuery] string? format, CancellationToken cancellationToken)
    {
        var export = EventExportNegotiation.Choose(format, Request);
        return export is null
            ? Ok(await events.ListAsync(request, cancellationToken))
            : new EventExportResult(export, await events.ExportAsync(request, cancellationToken));
    }

    /// <summary>Counts the matching events per year, month, type, place, force or country, with their recorded deaths.</summary>
    /// <remarks>
    /// Takes every filter of <c>GET /api/v1/events</c>. An event counts in the year or month of its start (keys <c>2015</c>,
    /// <c>2015-02</c>), and once under each of its places, forces or countries (keys their ids, labels their names; a place's
    /// country is the country it lies in). <c>fatalities</c> sums the deaths the sources give (0 when none). Year and month
    /// groups come in key order, the others most events first. Computed by the database.
    /// </remarks>
    /// <param name="request">The filters and the grouping.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    /// <response code="200">One item per group.</response>
    /// <response code="400">groupBy is missing or unknown, a filter is malformed, or a place or force name is unknown or ambiguous.</response>
    [HttpGet("stats")]
    [CachedByDataVersion]
    [ProducesResponseType<EventStatsResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<EventStatsResponse> Stats([FromQuery] EventStatsRequest request, CancellationToken cancellationToken) =>
        await events.StatsAsync(request, cancellationToken);

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
