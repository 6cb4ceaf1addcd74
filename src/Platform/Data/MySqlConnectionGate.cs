using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;
using MySql.Data.MySqlClient;

namespace Quartet.Platform.Data;

/// <summary>
/// Lets at most the pool's maximum of a module's MySQL connections be open at once, the others waiting asynchronously.
/// Oracle's MySql.Data pool waits for a free connection by blocking its thread (an <c>AutoResetEvent</c>), so 200
/// requests racing for 20 connections block 180 thread-pool threads; on two cores the pool then grows too slowly to run
/// the continuations that would give connections back, and every request times out (the shop races "hung" that way).
/// Waiting here instead never blocks a thread, and the driver's own pool then always has a connection free.
/// </summary>
public sealed class MySqlConnectionGate : DbConnectionInterceptor
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    private readonly SemaphoreSlim gate;

    private readonly ConditionalWeakTable<DbConnection, object> holders = [];

    private MySqlConnectionGate(SemaphoreSlim gate) => this.gate = gate;

    /// <summary>The gate of one connection string: every context using it shares the driver's pool, so they share the gate.</summary>
    public static MySqlConnectionGate For(string connectionString)
    {
        var size = (int)new MySqlConnectionStringBuilder(connectionString).MaximumPoolSize;
        return new MySqlConnectionGate(Gates.GetOrAdd(connectionString, _ => new SemaphoreSlim(size, size)));
    }

    public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        gate.Wait();
        holders.AddOrUpdate(connection, this);
        return result;
    }

    public override async ValueTask<InterceptionResult> ConnectionOpeningAsync(
        DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        holders.AddOrUpdate(connection, this);
        return result;
    }

    public override void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => Release(connection);

    public override Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        Release(connection);
        return Task.CompletedTask;
    }

    public override void ConnectionFailed(DbConnection connection, ConnectionErrorEventData eventData) => Release(connection);

    public override Task ConnectionFailedAsync(DbConnection connection, ConnectionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(connection);
        return Task.CompletedTask;
    }

    private void Release(DbConnection connection)
    {
        if (holders.Remove(connection))
        {
            gate.Release();
        }
    }
}
