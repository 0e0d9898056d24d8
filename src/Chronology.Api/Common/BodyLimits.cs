namespace Chronology.Api.Common;

/// <summary>Request body limits: a record is kilobytes; a source carries a document's full text.</summary>
public static class BodyLimits
{
    public const long Record = 64 * 1024;
    public const long Source = 4 * 1024 * 1024;
}
