using Serilog.AspNetCore;

namespace Chronology.Api.Common;

/// <summary>One structured line per request: method, route, status, elapsed time, trace id and caller.</summary>
public static class RequestLogging
{
    public static void Configure(RequestLoggingOptions options)
    {
        options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} ({RouteTemplate}) responded {StatusCode} in {Elapsed:0.0} ms";
        options.EnrichDiagnosticContext = (context, http) =>
        {
            context.Set("RouteTemplate", (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "-");
            context.Set("TraceId", System.Diagnostics.Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier);
            context.Set("Caller", http.User.Identity?.IsAuthenticated == true ? http.User.Identity.Name : "anonymous");
        };
    }
}
