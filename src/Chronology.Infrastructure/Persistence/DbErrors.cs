using Chronology.Application.Errors;
using Chronology.Application.Writing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Chronology.Infrastructure.Persistence;

/// <summary>
/// The one place a refused save becomes what it means for the client: a lost race on a record's version is the
/// 412 a stale If-Match gets, a duplicate key or a reference that vanished meanwhile is a 409 that says so.
/// Anything else (a NOT NULL or length the validators should have caught) is a bug and stays a 500.
/// </summary>
public static class DbErrors
{
    public static async Task SaveChangesAsync(ChronologyDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new PreconditionFailedException("The record was changed by another request while yours was being saved. Read it again and retry.");
        }
        catch (DbUpdateException exception) when (DatabaseProviders.ConstraintOf(exception) is { } constraint)
        {
            throw constraint.Kind == ConstraintKind.Unique ? DuplicateKey(exception) : MissingReference(db, exception, constraint.Name);
        }
    }

    /// <summary>Whether the save was refused by a unique index or primary key, by the provider's own error code.</summary>
    public static bool IsDuplicateKey(DbUpdateException exception) => DatabaseProviders.ConstraintOf(exception)?.Kind == ConstraintKind.Unique;

    private static ConflictException DuplicateKey(DbUpdateException exception) => new(
        $"Another request saved the same {Describe(exception.Entries)} at the same time. Read the records again; yours may exist already.");

    // A reference checked before the save was deleted by a concurrent request, or a record being deleted was
    // linked by one. SQLite does not say which foreign key failed but runs one statement at a time, so the
    // failing entries are the statement's; PostgreSQL names the constraint, but a batch reports all its entries.
    private static ConflictException MissingReference(ChronologyDbContext db, DbUpdateException exception, string? constraintName)
    {
        if (exception.Entries.Where(e => e.State == EntityState.Deleted).OrderBy(e => e.Entity is Auditable ? 0 : 1).FirstOrDefault() is { } deleted)
        {
            return new ConflictException(
                $"{Name(deleted.Metadata.ClrType)} {KeyOf(deleted)} was linked by another request at the same time, so it cannot be deleted. Read what uses it and retry.");
        }

        var saved = constraintName is null
            ? exception.Entries
            : db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified).ToList();
        var references = saved
            .SelectMany(entry => entry.Metadata.GetForeignKeys()
                .Where(fk => constraintName is null || fk.GetConstraintName() == constraintName)
                .Select(fk => (Type: fk.PrincipalEntityType.ClrType, Value: entry.Property(fk.Properties[0].Name).CurrentValue)))
            .Where(r => r.Value is not null && !IsSavedHere(db, r.Type, r.Value))
            .Select(r => $"{Name(r.Type)} {r.Value}")
            .Distinct().ToList();
        var named = references.Count == 0 ? "a record" : string.Join(" or ", references);
        return new ConflictException(
            $"This change refers to {named}, which another request deleted at the same time. Read the records again and retry.",
            new Dictionary<string, object?> { ["missing"] = references });
    }

    // The principal saved by this same change (the new event its links point at) is not the missing one.
    private static bool IsSavedHere(ChronologyDbContext db, Type type, object value) =>
        db.ChangeTracker.Entries().Any(e => e.Metadata.ClrType == type && e.State != EntityState.Deleted
            && e.Metadata.FindPrimaryKey() is { Properties.Count: 1 } key && Equals(e.Property(key.Properties[0].Name).CurrentValue, value));

    private static string Describe(IReadOnlyList<EntityEntry> entries) =>
        entries.Count == 0 ? "record" : string.Join(", ", entries.Select(e => Name(e.Metadata.ClrType)).Distinct());

    private static object? KeyOf(EntityEntry entry) =>
        entry.Metadata.FindPrimaryKey() is { Properties.Count: 1 } key ? entry.Property(key.Properties[0].Name).CurrentValue : null;

    private static string Name(Type type) => type.Name switch
    {
        "Event" => "event",
        "Place" => "place",
        "Force" => "force",
        "Source" => "source",
        "Proposal" => "proposal",
        var other => other,
    };
}
