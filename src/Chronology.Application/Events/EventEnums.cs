namespace Chronology.Application.Events;

/// <summary>What kind of happening an event is.</summary>
public enum EventType
{
    Attack,
    Siege,
    Liberation,
    Capture,
    Campaign,
    Massacre,
    Execution,
    Formation,
    Declaration,
    PledgeOfAllegiance,
    Statement,
    Other,
}

/// <summary>How precisely the source dates an event: to the day, the month or the year.</summary>
public enum DatePrecision
{
    Day,
    Month,
    Year,
}

/// <summary>The part a force played in an event.</summary>
public enum ForceRole
{
    Initiator,
    Target,
    Supporter,
    Participant,
}
