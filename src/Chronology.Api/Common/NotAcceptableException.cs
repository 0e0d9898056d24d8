namespace Chronology.Api.Common;

/// <summary>The Accept header names no media type the endpoint can answer in (406).</summary>
public sealed class NotAcceptableException(string message) : Exception(message);
