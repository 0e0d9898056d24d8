using Chronology.Application.Events;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Chronology.Api.Events.Exports;

/// <summary>
/// Streams an export as the events are read: headers first, then each event as its batch arrives, flushed as it
/// goes, so neither the service nor a proxy holds the whole file. A client that goes away ends the read.
/// </summary>
public sealed class EventExportResult(EventExportFormat format, IAsyncEnumerable<EventResponse> events) : IActionResult
{
    public EventExportFormat Format => format;

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var http = context.HttpContext;
        var response = http.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = format.ContentType;
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = $"\"{format.FileName}\"" }.ToString();
        response.Headers.CacheControl = "no-cache";

        var request = http.Request;
        var exportContext = new EventExportContext($"{request.Scheme}://{request.Host}{request.PathBase}/api/v1/events");
        try
        {
            await format.Writer.WriteAsync(events, response.BodyWriter, exportContext, http.RequestAborted);
            await response.BodyWriter.FlushAsync(http.RequestAborted);
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException && http.RequestAborted.IsCancellationRequested)
        {
            // The client went away half-way: the read stops here, and there is no one left to answer.
        }
    }
}
