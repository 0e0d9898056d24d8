using System.Data.Common;
using System.Globalization;
using System.Text.Json;

namespace Chronology.Floor;

/// <summary>
/// PUT /api/v1/events/{id}: the API's write path by hand. Checks the body and its references (places,
/// forces, verbatim quotes, parent), then in one transaction reads the event as it was, updates the row
/// with the next version, replaces the links and citations, reads the event as it now is, writes the audit
/// entry the API writes with every change (editor, time, before and after), and answers with the event.
/// </summary>
public sealed class EventWrite(FloorDb db, EventReads reads)
{
    private static readonly string[] Types =
        ["Attack", "Siege", "Liberation", "Capture", "Campaign", "Massacre", "Execution", "Formation", "Declaration", "PledgeOfAllegiance", "Statement", "Other"];

    private static readonly string[] Precisions = ["Day", "Month", "Year"];
    private static readonly string[] Roles = ["Initiator", "Target", "Supporter", "Participant"];

    public async Task<IResult> PutAsync(int id, EventBody body, int? expectedVersion, string editor, CancellationToken cancellationToken)
    {
        var type = Canonical(Types, body.Type);
        var precision = body.Precision is null ? "Day" : Canonical(Precisions, body.Precision);
        var roles = body.Forces?.Select(f => Canonical(Roles, f.Role)).ToList();
        if (string.IsNullOrWhiteSpace(body.Title) || body.Title.Length > 200 || string.IsNullOrWhiteSpace(body.Summary) || body.Summary.Length > 4000
            || type is null || precision is null || body.Start is not { } start || !Rules.IsStartOfPeriod(start, precision) || body.End < start
            || body.Places is not { Count: > 0 } places || places.Select(p => p.Id).Distinct().Count() != places.Count
            || body.Forces is not { Count: > 0 } forces || roles!.Any(r => r is null) || forces.Select((f, i) => (f.Id, roles![i])).Distinct().Count() != forces.Count
            || body.Citations is not { Count: > 0 } citations || citations.Any(c => string.IsNullOrEmpty(c.Quote)) || body.Fatalities < 0)
        {
            return EventEndpoints.Problem("The event body is not valid.");
        }

        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // The event as it was, for the audit entry the API writes with every change (who, when, before, after).
        var before = await reads.GetAsync(connection, transaction, id, cancellationToken);
        if (before is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"Event {id} was not found.");
        }

        var version = before.Version;
        if (expectedVersion is { } expected && expected != version)
        {
            return Results.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "The event has changed.");
        }

        if (!await ReferencesExistAsync(connection, transaction, id, body, cancellationToken))
        {
            return EventEndpoints.Problem("A place, force, source, quote or parent is not valid.");
        }

        var quotes = citations.Select(c => c.Quote!).ToList();
        var searchText = Rules.Fold(string.Join(' ', new[] { body.Title.Trim(), body.Summary.Trim(), body.DateText ?? string.Empty }.Concat(quotes)));
        var updated = await ExecuteAsync(connection, transaction,
            "UPDATE \"Events\" SET \"Title\" = @title, \"Summary\" = @summary, \"Type\" = @type, \"Start\" = @start, \"End\" = @end, " +
            "\"Precision\" = @precision, \"EffectiveEnd\" = @effectiveEnd, \"Approximate\" = @approximate, \"DateText\" = @dateText, " +
            "\"Fatalities\" = @fatalities, \"ParentId\" = @parentId, \"Notes\" = @notes, \"SearchText\" = @searchText, " +
            "\"UpdatedAt\" = @now, \"Version\" = \"Version\" + 1 WHERE \"Id\" = @id AND \"Version\" = @version",
            cancellationToken, ("@title", body.Title.Trim()), ("@summary", body.Summary.Trim()), ("@type", type), ("@start", start), ("@end", body.End),
            ("@precision", precision), ("@effectiveEnd", Rules.EffectiveEnd(start, body.End, precision)), ("@approximate", body.Approximate),
            ("@dateText", body.DateText), ("@fatalities", body.Fatalities), ("@parentId", body.ParentId), ("@notes", body.Notes),
            ("@searchText", searchText), ("@now", DateTime.UtcNow), ("@id", id), ("@version", version));
        if (updated == 0)
        {
            return Results.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "The event has changed.");
        }

        await ExecuteAsync(connection, transaction, "DELETE FROM \"EventPlaces\" WHERE \"EventId\" = @id", cancellationToken, ("@id", id));
        await ExecuteAsync(connection, transaction, "DELETE FROM \"EventForces\" WHERE \"EventId\" = @id", cancellationToken, ("@id", id));
        await ExecuteAsync(connection, transaction, "DELETE FROM \"Citations\" WHERE \"EventId\" = @id", cancellationToken, ("@id", id));
        foreach (var place in places)
        {
            await ExecuteAsync(connection, transaction, "INSERT INTO \"EventPlaces\" (\"EventId\", \"PlaceId\") VALUES (@id, @place)",
                cancellationToken, ("@id", id), ("@place", place.Id));
        }

        for (var i = 0; i < forces.Count; i++)
        {
            await ExecuteAsync(connection, transaction, "INSERT INTO \"EventForces\" (\"EventId\", \"ForceId\", \"Role\") VALUES (@id, @force, @role)",
                cancellationToken, ("@id", id), ("@force", forces[i].Id), ("@role", roles![i]));
        }

        foreach (var citation in citations)
        {
            await ExecuteAsync(connection, transaction, "INSERT INTO \"Citations\" (\"EventId\", \"SourceId\", \"Quote\") VALUES (@id, @source, @quote)",
                cancellationToken, ("@id", id), ("@source", citation.SourceId), ("@quote", citation.Quote));
        }

        var result = await reads.GetAsync(connection, transaction, id, cancellationToken);
        await ExecuteAsync(connection, transaction,
            "INSERT INTO \"AuditEntries\" (\"EntityType\", \"EntityId\", \"Action\", \"Editor\", \"At\", \"Version\", \"Before\", \"After\") " +
            "VALUES ('event', @id, 'updated', @editor, @now, @version, @before, @after)", cancellationToken,
            ("@id", id), ("@editor", editor), ("@now", DateTime.UtcNow), ("@version", result!.Version),
            ("@before", JsonSerializer.Serialize(before, Json.Options)), ("@after", JsonSerializer.Serialize(result, Json.Options)));
        await transaction.CommitAsync(cancellationToken);
        return Results.Json(result, Json.Options);
    }

    private async Task<bool> ReferencesExistAsync(DbConnection connection, DbTransaction transaction, int id, EventBody body, CancellationToken cancellationToken)
    {
        var placeIds = body.Places!.Select(p => p.Id).Distinct().ToList();
        var forceIds = body.Forces!.Select(f => f.Id).Distinct().ToList();
        if (await CountAsync(connection, transaction, "Places", placeIds, cancellationToken) != placeIds.Count
            || await CountAsync(connection, transaction, "Forces", forceIds, cancellationToken) != forceIds.Count)
        {
            return false;
        }

        foreach (var citation in body.Citations!)
        {
            // The database searches the text, as the API has it do (SourceRepository.ContainsQuoteAsync).
            var found = await ScalarAsync(connection, transaction,
                $"SELECT \"Text\" IS NULL OR {db.Contains("\"Text\"", "@quote")} FROM \"Sources\" WHERE \"Id\" = @id", cancellationToken,
                ("@id", citation.SourceId), ("@quote", citation.Quote));
            if (found is null || !Convert.ToBoolean(found, CultureInfo.InvariantCulture))
            {
                return false;
            }
        }

        // The parent exists and the chain above it does not lead back to this event.
        for (var (parent, steps) = (body.ParentId, 0); parent is { } current; steps++)
        {
            if (current == id || steps > 100)
            {
                return false;
            }

            var next = await ScalarAsync(connection, transaction, "SELECT COALESCE(\"ParentId\", 0) FROM \"Events\" WHERE \"Id\" = @id", cancellationToken, ("@id", current));
            if (next is null)
            {
                return false;
            }

            parent = Convert.ToInt32(next, CultureInfo.InvariantCulture) is var n and > 0 ? n : null;
        }

        return true;
    }

    private async Task<long> CountAsync(DbConnection connection, DbTransaction transaction, string table, IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(string.Empty, transaction);
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\" WHERE {db.In(command, "\"Id\"", ids)}";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static string? Canonical(string[] names, string? text) => names.FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));

    private static async Task<object?> ScalarAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var command = Build(connection, transaction, sql, parameters);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is DBNull ? null : value;
    }

    private static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var command = Build(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand Build(DbConnection connection, DbTransaction transaction, string sql, (string Name, object? Value)[] parameters)
    {
        var command = connection.Command(sql, transaction);
        foreach (var (name, value) in parameters)
        {
            command.Add(name, value);
        }

        return command;
    }
}
