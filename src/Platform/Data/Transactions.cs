using System.Data;
using Microsoft.EntityFrameworkCore;

namespace Quartet.Platform.Data;

public static class Transactions
{
    /// <summary>
    /// Runs <paramref name="work"/> and saves its changes in one transaction, retried as a whole on transient failures
    /// (PostgreSQL serialization failures, deadlocks, dropped connections). The change tracker is cleared before each
    /// try, so <paramref name="work"/> must load what it needs itself. On SQLite the transaction takes the write lock
    /// at its start (BEGIN IMMEDIATE), and the writers of this process queue for it in <see cref="SqliteWriteGate"/>.
    /// </summary>
    public static Task<T> InTransactionAsync<T>(
        this DbContext db,
        Func<CancellationToken, Task<T>> work,
        CancellationToken cancellationToken,
        IsolationLevel isolation = IsolationLevel.ReadCommitted)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return db.WriteExclusivelyAsync(() => strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(isolation, ct);
            var result = await work(ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return result;
        }, cancellationToken), cancellationToken);
    }

    public static Task InTransactionAsync(
        this DbContext db,
        Func<CancellationToken, Task> work,
        CancellationToken cancellationToken,
        IsolationLevel isolation = IsolationLevel.ReadCommitted) =>
        db.InTransactionAsync(async ct =>
        {
            await work(ct);
            return true;
        }, cancellationToken, isolation);
}
