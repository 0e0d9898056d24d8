namespace Chronology.Application.Errors;

/// <summary>The If-Match rule: a write naming a version must name the current one.</summary>
public static class Concurrency
{
    public static void Check(string resource, object id, int currentVersion, int? expectedVersion)
    {
        if (expectedVersion is { } expected && expected != currentVersion)
        {
            throw new PreconditionFailedException(resource, id, currentVersion);
        }
    }
}
