using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Chronology.Api.Common;

/// <summary>Strong ETags from record versions, and the conditional-GET answer.</summary>
public static class ETags
{
    public static string For(int version) => $"\"{version}\"";

    /// <summary>200 with the body and its ETag, or 304 when the client's If-None-Match already names this version.</summary>
    public static IActionResult OkWithETag(this ControllerBase controller, object body, int version)
    {
        var etag = For(version);
        controller.Response.Headers[HeaderNames.ETag] = etag;
        var ifNoneMatch = controller.Request.Headers[HeaderNames.IfNoneMatch].ToString();
        if (ifNoneMatch.Length > 0 && (ifNoneMatch.Trim() == "*"
            || ifNoneMatch.Split(',').Any(tag => tag.Trim().TrimStart('W', '/') == etag)))
        {
            return controller.StatusCode(StatusCodes.Status304NotModified);
        }

        return controller.Ok(body);
    }
}
