using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Quartet.Platform.Data;
using Quartet.Platform.Http;

namespace Quartet.Shop.Data;

/// <summary>
/// Every shop write: one transaction through the platform's <see cref="Transactions.InTransactionAsync{T}"/>, and on
/// SQLite queued in-process first. SQLite has one writer; Microsoft.Data.Sqlite answers a busy lock by putting the
/// thread to sleep for 150 ms and trying again, so concurrent writers of one process would mostly sleep on blocked pool
/// threads. Waiting on an async gate hands the lock from one writer to the next instead. Other processes (the CLI jobs)
/// still meet SQLite's own lock and busy timeout.
/// </summary>
public static class ShopWrites
{
    private static readonly ConcurrentDictionary<string, (SemaphoreSlim Gate, TimeSpan Timeout)> Gates = new();

    public static async Task<T> WriteAsync<T>(this ShopDb db, Func<CancellationToken, Task<T>> work, CancellationToken ct)
    {
        if (db.Database.GetDbConnection() is not SqliteConnection sqlite)
        {
            return await db.InTransactionAsync(work, ct);
        }

        // Bounded like the busy timeout, so a database locked from outside still answers 503 instead of queueing forever.
        var (gate, timeout) = Gates.GetOrAdd(sqlite.ConnectionString, connection =>
            (new SemaphoreSlim(1, 1), TimeSpan.FromSeconds(new SqliteConnectionStringBuilder(connection).DefaultTimeout)));
        if (!await gate.WaitAsync(timeout, ct))
        {
            throw new ProblemException(503, "SERVICE_UNAVAILABLE", "The database is busy or unreachable; try again shortly.");
        }

        try
        {
            return await db.InTransactionAsync(work, ct);
        }
        finally
        {
            gate.Release();
        }
    }

    public static Task WriteAsync(this ShopDb db, Func<CancellationToken, Task> work, CancellationToken ct) =>
        db.WriteAsync(async ct =>
        {
            await work(ct);
            return true;
        }, ct);
}
