using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Chronology.Api.Common;

/// <summary>Liveness (the process answers) and readiness (the database answers).</summary>
public static class HealthEndpoints
{
    public static void MapChronologyHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
    }
}
