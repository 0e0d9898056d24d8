using Microsoft.AspNetCore.Mvc.Filters;

namespace Chronology.Api.Common;

/// <summary>
/// Reads a multipart form before model binding does. Model binding turns every failure to read the body
/// into a 400 "could not read the form", including the server's own 413 for a body past the limit; read
/// here, a body too large stays a 413 and a malformed form a 400, both through the one exception handler.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ReadFormFirstAttribute : Attribute, IAsyncResourceFilter
{
    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        if (request.HasFormContentType)
        {
            try
            {
                await request.ReadFormAsync(context.HttpContext.RequestAborted);
            }
            catch (Exception exception) when (exception is InvalidDataException or IOException and not BadHttpRequestException
                                              && !context.HttpContext.RequestAborted.IsCancellationRequested)
            {
                // A malformed form (no closing boundary, a part without headers) ends the stream early.
                throw new BadHttpRequestException($"The multipart form could not be read: {exception.Message}", StatusCodes.Status400BadRequest, exception);
            }
        }

        await next();
    }
}
