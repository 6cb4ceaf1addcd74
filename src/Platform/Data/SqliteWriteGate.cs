using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Quartet.Platform.Http;

namespace Quartet.Platform.Data;

/// <summary>
/// SQLite has one writer. Microsoft.Data.Sqlite answers a busy write lock by putting the thread to sleep (150 ms) and
/// trying again, so concurrent writers of one process mostly sleep on blocked pool threads. Queueing them here, one
/// async gate per database file, hands the lock from one writer to the next instead. The wait is bounded like the busy
/// timeout, so a database locked from outside answers 503 rather than queueing forever; other processes (CLI jobs) still
/// meet SQLite's own lock. PostgreSQL writers pass straight through.
/// </summary>
public static class SqliteWriteGate
{
    private static readonly ConcurrentDictionary<string, (SemaphoreSlim Gate, TimeSpan Timeout)> Gates = new();

    /// <summary>The database files whose gate this async flow holds, so a nested write does not wait for itself.</summary>
    private static readonly AsyncLocal<HeldFiles?> Held = new();

    /// <summary>Runs <paramref name="work"/> as this process's only writer to <paramref name="db"/>'s SQLite file.</summary>
    public static async Task<T> WriteExclusivelyAsync<T>(this DbContext db, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        if (db.Database.GetDbConnection() is not SqliteConnection sqlite || Held.Value?.Contains(sqlite.ConnectionString) == true)
        {
            return await work();
        }

        var (gate, timeout) = Gates.GetOrAdd(sqlite.ConnectionString, connection =>
            (new SemaphoreSlim(1, 1), TimeSpan.FromSeconds(new SqliteConnectionStringBuilder(connection).DefaultTimeout)));
        if (!await gate.WaitAsync(timeout, cancellationToken))
        {
            throw new ProblemException(503, "SERVICE_UNAVAILABLE", "The database is busy or unreachable; try again shortly.");
        }

        var outer = Held.Value;
        Held.Value = new HeldFiles(sqlite.ConnectionString, outer);
        try
        {
            return await work();
        }
        finally
        {
            Held.Value = outer;
            gate.Release();
        }
    }

    private sealed record HeldFiles(string Head, HeldFiles? Tail)
    {
        public bool Contains(string item) => Head == item || Tail?.Contains(item) == true;
    }
}
