using System.Reflection;
using Microsoft.AspNetCore.Mvc;

namespace Chronology.BrowserTests.Infrastructure;

/// <summary>
/// A test of the review queue. It runs as soon as the service serves <c>api/v1/proposals</c> (found by
/// reflection over the API's controllers); until those endpoints are merged it is reported as skipped,
/// with the reason, so the branch that carries the explorer stays green. No code change is needed to
/// switch it on.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ReviewQueueFactAttribute : FactAttribute
{
    public ReviewQueueFactAttribute()
    {
        if (!ServiceHasProposals)
        {
            Skip = "Waiting for the review-queue endpoints (POST /api/v1/sources/import, /sources/{id}/extractions, " +
                   "/proposals): this build of Chronology.Api serves no api/v1/proposals route.";
        }
    }

    public static bool ServiceHasProposals { get; } = typeof(Program).Assembly.GetTypes()
        .SelectMany(type => type.GetCustomAttributes<RouteAttribute>())
        .Any(route => route.Template.StartsWith("api/v1/proposals", StringComparison.OrdinalIgnoreCase));
}
