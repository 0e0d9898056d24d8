using Chronology.Application.Text;
using FluentValidation;

namespace Chronology.Application.Events;

/// <summary>The rules an event body must meet on its own; references are checked by the service.</summary>
public sealed class EventRequestValidator : AbstractValidator<EventRequest>
{
    public const int MaxLinks = 100;

    public EventRequestValidator()
    {
        RuleFor(e => e.Title).NotEmpty().MaximumLength(EventLimits.TitleMaxLength).HasNoInvisibleCharacter();
        RuleFor(e => e.Summary).NotEmpty().MaximumLength(EventLimits.SummaryMaxLength).HasNoNulCharacter();
        RuleFor(e => e.Type).NotEmpty().IsEnumName<EventRequest, EventType>();
        RuleFor(e => e.Precision).IsEnumName<EventRequest, DatePrecision>().When(e => e.Precision is not null, ApplyConditionTo.CurrentValidator);
        RuleFor(e => e.Start).NotNull();
        RuleFor(e => e.Start)
            .Must((e, start) => EventDates.IsStartOfPeriod(start!.Value, Precision(e)))
            .When(e => e.Start is not null && Enum.TryParse<DatePrecision>(e.Precision ?? "day", true, out _), ApplyConditionTo.CurrentValidator)
            .WithMessage(e => $"With {e.Precision} precision, 'start' must be the first day of the {e.Precision} (e.g. 2015-05-01 for May 2015).");
        RuleFor(e => e.End)
            .GreaterThanOrEqualTo(e => e.Start).When(e => e.Start is not null && e.End is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage("'end' must not be before 'start'.");
        RuleFor(e => e.DateText).MaximumLength(EventLimits.DateTextMaxLength).HasNoNulCharacter();
        RuleFor(e => e.Fatalities).GreaterThanOrEqualTo(0);
        RuleFor(e => e.Notes).MaximumLength(EventLimits.NotesMaxLength).HasNoNulCharacter();
        RuleFor(e => e.ParentId).GreaterThan(0).When(e => e.ParentId is not null, ApplyConditionTo.CurrentValidator);

        RuleFor(e => e.Places).NotEmpty().WithMessage("An event needs at least one place.")
            .Must(p => p!.Count <= MaxLinks).When(e => e.Places is not null, ApplyConditionTo.CurrentValidator).WithMessage($"At most {MaxLinks} places.")
            .Must(p => IsEachOnce(p!, x => x.Id)).When(e => e.Places is not null, ApplyConditionTo.CurrentValidator).WithMessage("A place is listed twice.");
        RuleForEach(e => e.Places).NotNull().WithMessage("A place is an object with an id, not null.")
            .ChildRules(place => place.RuleFor(p => p.Id).GreaterThan(0));

        RuleFor(e => e.Forces).NotEmpty().WithMessage("An event needs at least one force.")
            .Must(f => f!.Count <= MaxLinks).When(e => e.Forces is not null, ApplyConditionTo.CurrentValidator).WithMessage($"At most {MaxLinks} forces.")
            .Must(f => IsEachOnce(f!, x => (x.Id, x.Role?.ToLowerInvariant()))).When(e => e.Forces is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage("A force is listed twice with the same role.");
        RuleForEach(e => e.Forces).NotNull().WithMessage("A force is an object with an id and a role, not null.").ChildRules(force =>
        {
            force.RuleFor(f => f.Id).GreaterThan(0);
            force.RuleFor(f => f.Role).NotEmpty().IsEnumName<EventForceLink, ForceRole>();
        });

        RuleFor(e => e.Citations).NotEmpty().WithMessage("An event needs at least one citation: a source id and a verbatim quote.")
            .Must(c => c!.Count <= MaxLinks).When(e => e.Citations is not null, ApplyConditionTo.CurrentValidator).WithMessage($"At most {MaxLinks} citations.");
        RuleForEach(e => e.Citations).NotNull().WithMessage("A citation is an object with a sourceId and a quote, not null.").ChildRules(citation =>
        {
            citation.RuleFor(c => c.SourceId).GreaterThan(0);
            citation.RuleFor(c => c.Quote).NotEmpty().MaximumLength(EventLimits.QuoteMaxLength).HasNoNulCharacter();
        });
    }

    // A JSON list may hold nulls; those get their own message above, and are not duplicates of each other.
    private static bool IsEachOnce<TLink, TKey>(IReadOnlyList<TLink?> links, Func<TLink, TKey> key) where TLink : class
    {
        var present = links.OfType<TLink>().ToList();
        return present.Select(key).Distinct().Count() == present.Count;
    }

    public static DatePrecision Precision(EventRequest request) =>
        request.Precision is null ? DatePrecision.Day : Enum.Parse<DatePrecision>(request.Precision, ignoreCase: true);
}
