using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Live.Data;
using Quartet.Platform.Data;

namespace Quartet.Live.Sync;

public sealed class LeaseLostException() : Exception("The publisher lease moved to another instance.");

/// <summary>
/// One publisher per session across instances (M2): a lease renewed every 2 s that expires after 6 s, taken over by
/// any instance once expired; the fencing token, checked under a row lock in the publish transaction, makes a stale
/// holder's publish fail. An instance that takes writes for a session another one holds tells the holder: PostgreSQL
/// by <c>NOTIFY live_writes</c>, MySQL (no NOTIFY) by counting them on the lease row, which the holder reads and
/// clears before each batch. SQLite runs one instance, so there the lease is implicit.
/// </summary>
public sealed class PublisherLeases(IServiceScopeFactory scopes, IServiceProvider services, TimeProvider clock)
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(6);
    private static readonly TimeSpan RenewBefore = TimeSpan.FromSeconds(4);
    private readonly ConcurrentDictionary<Guid, (long Token, DateTime Until)> held = new();
    private readonly DatabaseProvider engine = services.TargetOf<LiveDb>().Provider;

    public string InstanceId { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    private bool Implicit => engine == DatabaseProvider.Sqlite;

    public long TokenOf(Guid sessionId) => held.TryGetValue(sessionId, out var lease) ? lease.Token : 0;

    public void Forget(Guid sessionId) => held.TryRemove(sessionId, out _);

    public async Task<bool> HoldAsync(Guid sessionId, CancellationToken ct)
    {
        if (Implicit)
        {
            return true;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (held.TryGetValue(sessionId, out var lease) && lease.Until - now > RenewBefore)
        {
            return true;
        }

        var until = now + Duration;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LiveDb>();
        if (lease.Token != 0 && await db.Leases.Where(l => l.SessionId == sessionId && l.InstanceId == InstanceId && l.FencingToken == lease.Token)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.LeaseUntil, until), ct) == 1)
        {
            held[sessionId] = (lease.Token, until);
            return true;
        }

        held.TryRemove(sessionId, out _);
        if (await db.Leases.Where(l => l.SessionId == sessionId && (l.LeaseUntil < now || l.InstanceId == InstanceId))
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.InstanceId, InstanceId).SetProperty(l => l.FencingToken, l => l.FencingToken + 1).SetProperty(l => l.LeaseUntil, until), ct) == 1)
        {
            var token = await db.Leases.Where(l => l.SessionId == sessionId).Select(l => l.FencingToken).SingleAsync(ct);
            held[sessionId] = (token, until);
            return true;
        }

        if (!await InsertIfAbsentAsync(db, sessionId, until, ct))
        {
            return false;
        }

        held[sessionId] = (1, until);
        return true;
    }

    /// <summary>
    /// Inside the publish transaction: locks the lease row and fails when another instance took the lease meanwhile
    /// (fencing). The lock makes a takeover wait until this publish has committed or rolled back.
    /// </summary>
    public async Task EnsureStillHeldAsync(LiveDb db, Guid sessionId, long token, DateTime now, CancellationToken ct)
    {
        if (Implicit)
        {
            return;
        }

        var locked = await db.Leases.FromSqlRaw(Quoted(db, "SELECT * FROM live_publisher_leases WHERE \"SessionId\" = {0} FOR UPDATE"), sessionId)
            .AsNoTracking().ToListAsync(ct);
        if (locked is not [{ } lease] || lease.InstanceId != InstanceId || lease.FencingToken != token || lease.LeaseUntil <= now)
        {
            throw new LeaseLostException();
        }
    }

    /// <summary>Tells the lease holder (on another instance) that this one took writes for the session.</summary>
    public async Task NotifyWritesAsync(Guid sessionId, CancellationToken ct)
    {
        if (Implicit)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LiveDb>();
        if (engine == DatabaseProvider.Postgres)
        {
            await db.Database.ExecuteSqlRawAsync("SELECT pg_notify('live_writes', {0})", [sessionId.ToString()], ct);
            return;
        }

        await db.Leases.Where(l => l.SessionId == sessionId)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.SignalledWrites, l => l.SignalledWrites + 1), ct);
    }

    /// <summary>
    /// On MySQL: the sessions this instance holds that other instances took writes for since the last call. Each
    /// signal is cleared only if no newer one came in between, so a signal is never lost (at worst read twice).
    /// </summary>
    public async Task<IReadOnlyCollection<Guid>> TakeSignalledWritesAsync(CancellationToken ct)
    {
        if (engine != DatabaseProvider.MySql || held.IsEmpty)
        {
            return [];
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LiveDb>();
        var signalled = await db.Leases.AsNoTracking().Where(l => l.InstanceId == InstanceId && l.SignalledWrites > 0)
            .Select(l => new { l.SessionId, l.SignalledWrites }).ToListAsync(ct);
        foreach (var signal in signalled)
        {
            await db.Leases.Where(l => l.SessionId == signal.SessionId && l.SignalledWrites == signal.SignalledWrites)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.SignalledWrites, 0), ct);
        }

        return [.. signalled.Select(s => s.SessionId)];
    }

    public async Task ReleaseAllAsync(CancellationToken ct)
    {
        if (Implicit || held.IsEmpty)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LiveDb>();
        var ids = held.Keys.ToList();
        var past = clock.GetUtcNow().UtcDateTime.AddSeconds(-1);
        await db.Leases.Where(l => ids.Contains(l.SessionId) && l.InstanceId == InstanceId).ExecuteUpdateAsync(s => s.SetProperty(l => l.LeaseUntil, past), ct);
        held.Clear();
    }

    /// <summary>
    /// The first lease of a session: inserted only if absent, so the instance losing that race gets false without its
    /// database provider logging a failed command.
    /// </summary>
    private async Task<bool> InsertIfAbsentAsync(LiveDb db, Guid sessionId, DateTime until, CancellationToken ct)
    {
        const string Columns = "(\"SessionId\", \"InstanceId\", \"FencingToken\", \"LeaseUntil\", \"SignalledWrites\") VALUES ({0}, {1}, 1, {2}, 0)";
        var sql = db.IsMySql
            ? $"INSERT IGNORE INTO live_publisher_leases {Quoted(db, Columns)}"
            : $"INSERT INTO live_publisher_leases {Columns} ON CONFLICT (\"SessionId\") DO NOTHING";
        return await db.Database.ExecuteSqlRawAsync(sql, [sessionId, InstanceId, until], ct) == 1;
    }

    private static string Quoted(LiveDb db, string sql) => db.IsMySql ? sql.Replace('"', '`') : sql;
}
