namespace Chronology.Application.Writing;

/// <summary>
/// One write, all or nothing: the service opens it, saves what it changed (and the audit entries that
/// describe the change), and commits. Disposing an uncommitted unit rolls it back.
/// </summary>
public interface IUnitOfWork
{
    Task<IUnitOfWorkScope> BeginAsync(CancellationToken cancellationToken);
}

/// <summary>An open unit of work (see <see cref="IUnitOfWork"/>).</summary>
public interface IUnitOfWorkScope : IAsyncDisposable
{
    /// <summary>
    /// Counts the record as changed by this unit: when saved it gets a new version and updated time, even if
    /// only its links (places, forces, citations, aliases) changed. New records get version 1 without this.
    /// </summary>
    void MarkChanged(Auditable record);

    /// <summary>Saves the pending changes inside the transaction: new records get their ids, changed ones their versions.</summary>
    Task SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>Saves what is still pending (the audit entries, in the change feed's order) and commits.</summary>
    Task CommitAsync(CancellationToken cancellationToken);
}
