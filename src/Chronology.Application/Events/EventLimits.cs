namespace Chronology.Application.Events;

/// <summary>Lengths of an event's text members: one definition for validation and anything that fills them.</summary>
public static class EventLimits
{
    public const int TitleMaxLength = 200;
    public const int SummaryMaxLength = 4000;
    public const int DateTextMaxLength = 200;
    public const int NotesMaxLength = 4000;
    public const int QuoteMaxLength = 4000;
}
