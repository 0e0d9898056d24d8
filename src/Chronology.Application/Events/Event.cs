using Chronology.Application.Forces;
using Chronology.Application.Places;
using Chronology.Application.Sources;
using Chronology.Application.Text;
using Chronology.Application.Writing;

namespace Chronology.Application.Events;

/// <summary>One happening or one span, drawn from one or more cited sources.</summary>
public sealed class Event : Auditable
{
    public required string Title { get; set; }

    public required string Summary { get; set; }

    public EventType Type { get; set; }

    public DateOnly Start { get; private set; }

    public DateOnly? End { get; private set; }

    public DatePrecision Precision { get; private set; }

    /// <summary>The last day the event covers (see <see cref="EventDates.EffectiveEnd"/>); stored so date windows can use an index.</summary>
    public DateOnly EffectiveEnd { get; private set; }

    /// <summary>
    /// Days from start to effective end, computed by the database. The largest span bounds how early an
    /// event can start and still reach into a date window, which keeps window queries on the start index.
    /// </summary>
    public int SpanDays { get; private set; }

    public bool Approximate { get; set; }

    public string? DateText { get; set; }

    public int? Fatalities { get; set; }

    public int? ParentId { get; set; }

    public string? Notes { get; set; }

    /// <summary>Folded text of title, summary, date as written and quotes, for free-text search.</summary>
    public string SearchText { get; private set; } = string.Empty;

    public List<EventPlace> Places { get; set; } = [];

    public List<EventForce> Forces { get; set; } = [];

    public List<Citation> Citations { get; set; } = [];

    public void SetDates(DateOnly start, DateOnly? end, DatePrecision precision)
    {
        Start = start;
        End = end;
        Precision = precision;
        EffectiveEnd = EventDates.EffectiveEnd(start, end, precision);
    }

    /// <summary>Links exactly these places, keeping the links that stay.</summary>
    public void SetPlaces(IEnumerable<int> placeIds)
    {
        var wanted = placeIds.ToHashSet();
        Places.RemoveAll(p => !wanted.Contains(p.PlaceId));
        Places.AddRange(wanted.Except(Places.Select(p => p.PlaceId)).Select(id => new EventPlace { PlaceId = id }));
    }

    /// <summary>Links exactly these forces in these roles, keeping the links that stay.</summary>
    public void SetForces(IEnumerable<(int ForceId, ForceRole Role)> forces)
    {
        var wanted = forces.ToHashSet();
        Forces.RemoveAll(f => !wanted.Contains((f.ForceId, f.Role)));
        Forces.AddRange(wanted.Except(Forces.Select(f => (f.ForceId, f.Role)))
            .Select(f => new EventForce { ForceId = f.ForceId, Role = f.Role }));
    }

    /// <summary>
    /// Replaces the citations (kept as they are when the list is the same, in the same order) and refreshes
    /// the search text they feed.
    /// </summary>
    public void SetCitations(IEnumerable<(int SourceId, string Quote)> citations)
    {
        var wanted = citations.ToList();
        if (wanted.SequenceEqual(Citations.OrderBy(c => c.Id).Select(c => (c.SourceId, c.Quote))))
        {
            RefreshSearchText();
            return;
        }

        Citations.Clear();
        Citations.AddRange(wanted.Select(c => new Citation { SourceId = c.SourceId, Quote = c.Quote }));
        RefreshSearchText();
    }

    public void RefreshSearchText() =>
        SearchText = TextNormalizer.Normalize(string.Join(' ',
            new[] { Title, Summary, DateText ?? string.Empty }.Concat(Citations.Select(c => c.Quote))));
}

/// <summary>A place where an event happened.</summary>
public sealed class EventPlace
{
    public int EventId { get; set; }

    public int PlaceId { get; set; }

    public Place? Place { get; set; }
}

/// <summary>A force that took part in an event, with its role.</summary>
public sealed class EventForce
{
    public int EventId { get; set; }

    public int ForceId { get; set; }

    public ForceRole Role { get; set; }

    public Force? Force { get; set; }
}

/// <summary>The exact words of a source that back an event.</summary>
public sealed class Citation
{
    public int Id { get; set; }

    public int EventId { get; set; }

    public int SourceId { get; set; }

    public Source? Source { get; set; }

    public required string Quote { get; set; }
}
