using System.Globalization;
using Chronology.Application.Audit;
using Chronology.Application.Errors;
using Chronology.Application.Listing;
using Chronology.Application.Writing;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.Logging;

namespace Chronology.Application.Sources;

/// <summary>The source use cases: list, read, edit.</summary>
public sealed class SourceService(
    ISourceRepository sources,
    IValidator<SourceRequest> validator,
    IUnitOfWork unitOfWork,
    IAuditTrail audit,
    ICurrentEditor editor,
    ILogger<SourceService> logger)
{
    private const string CursorScope = "sources";

    public async Task<PagedResponse<SourceResponse>> ListAsync(SourceListRequest request, CancellationToken cancellationToken)
    {
        var failures = new List<ValidationFailure>();
        var pageSize = Paging.PageSize(request.Limit, failures);
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        var afterId = 0;
        if (!string.IsNullOrEmpty(request.Cursor)
            && !int.TryParse(Cursor.Decode(request.Cursor, CursorScope, 1)[0], NumberStyles.None, CultureInfo.InvariantCulture, out afterId))
        {
            throw Cursor.Invalid();
        }

        var rows = await sources.ListAsync(afterId, pageSize + 1, cancellationToken);
        return Paging.ToPage(rows, pageSize, last => Cursor.Encode(CursorScope, last.Id.ToString(CultureInfo.InvariantCulture)));
    }

    public async Task<SourceResponse> GetAsync(int id, CancellationToken cancellationToken) =>
        await sources.GetByIdAsync(id, cancellationToken) ?? throw new NotFoundException("Source", id);

    /// <summary>Every change made to the source through the API, oldest first; kept after a delete.</summary>
    public async Task<PagedResponse<AuditEntryResponse>> HistoryAsync(int id, CancellationToken cancellationToken)
    {
        var entries = await audit.ListAsync(AuditedTypes.Source, id, cancellationToken);
        return entries.Count > 0 || await sources.ExistsAsync(id, cancellationToken)
            ? new PagedResponse<AuditEntryResponse>(entries, null)
            : throw new NotFoundException("Source", id);
    }

    public async Task<SourceResponse> CreateAsync(SourceRequest request, CancellationToken cancellationToken)
    {
        request = request.ToNfc();
        await validator.ValidateAndThrowAsync(request, cancellationToken);
        var source = new Source { Title = request.Title!, Language = request.Language! };
        Apply(source, request);
        await using var work = await unitOfWork.BeginAsync(cancellationToken);
        sources.Add(source);
        await work.SaveChangesAsync(cancellationToken);
        var created = source.ToResponse();
        audit.Record(AuditedTypes.Source, AuditAction.Created, source.Id, source.Version, null, created);
        await work.CommitAsync(cancellationToken);

        logger.LogInformation("Source {SourceId} created by {Editor}", source.Id, editor.Name);
        return created;
    }

    public async Task<SourceResponse> UpdateAsync(int id, SourceRequest request, int? expectedVersion, CancellationToken cancellationToken)
    {
        request = request.ToNfc();
        await validator.ValidateAndThrowAsync(request, cancellationToken);
        var source = await sources.FindForUpdateAsync(id, cancellationToken) ?? throw new NotFoundException("Source", id);
        Concurrency.Check("Source", id, source.Version, expectedVersion);

        // A new text must still hold every quote already taken from the source; no text holds none.
        if (request.Text != source.Text)
        {
            var text = request.Text ?? "";
            var lost = (await sources.GetQuotesAsync(id, cancellationToken))
                .Where(q => !text.Contains(q.Quote, StringComparison.Ordinal)).Select(q => q.EventId).Distinct().ToList();
            if (lost.Count > 0)
            {
                throw new ConflictException(
                    $"The new text no longer contains quotes cited by event(s) {string.Join(", ", lost.Take(50))}. Fix those citations first.",
                    new Dictionary<string, object?> { ["usedBy"] = new { events = lost.Take(50).ToList() } });
            }
        }

        var before = source.ToResponse();
        Apply(source, request);
        await using var work = await unitOfWork.BeginAsync(cancellationToken);
        work.MarkChanged(source);
        await work.SaveChangesAsync(cancellationToken);
        var updated = source.ToResponse();
        audit.Record(AuditedTypes.Source, AuditAction.Updated, id, source.Version, before, updated);
        await work.CommitAsync(cancellationToken);

        logger.LogInformation("Source {SourceId} updated to version {Version} by {Editor}", id, source.Version, editor.Name);
        return updated;
    }

    public async Task DeleteAsync(int id, int? expectedVersion, CancellationToken cancellationToken)
    {
        var source = await sources.FindForUpdateAsync(id, cancellationToken) ?? throw new NotFoundException("Source", id);
        Concurrency.Check("Source", id, source.Version, expectedVersion);
        var citing = (await sources.GetQuotesAsync(id, cancellationToken)).Select(q => q.EventId).Distinct().ToList();
        if (citing.Count > 0)
        {
            throw new ConflictException(
                $"Source {id} is cited by {citing.Count} event(s): {string.Join(", ", citing.Take(50))}. Remove those citations first.",
                new Dictionary<string, object?> { ["usedBy"] = new { events = citing.Take(50).ToList() } });
        }

        var before = source.ToResponse();
        await using var work = await unitOfWork.BeginAsync(cancellationToken);
        sources.Remove(source);
        audit.Record(AuditedTypes.Source, AuditAction.Deleted, id, source.Version, before, null);
        await work.CommitAsync(cancellationToken);
        logger.LogInformation("Source {SourceId} deleted by {Editor}", id, editor.Name);
    }

    private static void Apply(Source source, SourceRequest request)
    {
        source.Title = request.Title!.Trim();
        source.Publisher = request.Publisher;
        source.Url = request.Url;
        source.PublishedOn = request.PublishedOn;
        source.Language = request.Language!;
        source.Text = request.Text;
    }
}
