using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Live.Data;
using Quartet.Platform.Data;

namespace Quartet.Live.Sync;

public sealed class LeaseLostException() : Exception("The publisher lease moved to another instance.");

/// <summary>
/// One publisher per session across instances (M2): a lease renewed every 2 s that expires after 6 s, taken over by
/// any instance once expired; the fencing token makes a stale holder's publish fail. SQLite runs one instance, so
/// there the lease is implicit.
/// </summary>
public sealed class PublisherLeases(IServiceScopeFactory scopes, IServiceProvider services, TimeProvider clock)
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(6);
    private static readonly TimeSpan RenewBefore = TimeSpan.FromSeconds(4);
    private readonly ConcurrentDictionary<Guid, (long Token, DateTime Until)> held = new();
    private readonly bool isPostgres = services.TargetOf<LiveDb>().IsPostgres;

    public string InstanceId { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    public long TokenOf(Guid sessionId) => held.TryGetValue(sessionId, out var lease) ? lease.Token : 0;

    public void Forget(Guid sessionId) => held.TryRemove(sessionId, out _);

    public async Task<bool> HoldAsync(Guid sessionId, CancellationToken ct)
    {
        if (!isPostgres)
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

        if (await db.Leases.AnyAsync(l => l.SessionId == sessionId, ct))
        {
            return false;
        }

        try
        {
            db.Leases.Add(new PublisherLease { SessionId = sessionId, InstanceId = InstanceId, FencingToken = 1, LeaseUntil = until });
            await db.SaveChangesAsync(ct);
            held[sessionId] = (1, until);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
    }

    /// <summary>Inside the publish transaction: fails when another instance took the lease meanwhile (fencing).</summary>
    public async Task EnsureStillHeldAsync(LiveDb db, Guid sessionId, long token, DateTime now, CancellationToken ct)
    {
        if (isPostgres && !await db.Leases.AnyAsync(l => l.SessionId == sessionId && l.InstanceId == InstanceId && l.FencingToken == token && l.LeaseUntil > now, ct))
        {
            throw new LeaseLostException();
        }
    }

    /// <summary>Tells the lease holder (on another instance) that this one took writes for the session.</summary>
    public async Task NotifyWritesAsync(Guid sessionId, CancellationToken ct)
    {
        if (!isPostgres)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LiveDb>();
        await db.Database.ExecuteSqlRawAsync("SELECT pg_notify('live_writes', {0})", [sessionId.ToString()], ct);
    }

    public async Task ReleaseAllAsync(CancellationToken ct)
    {
        if (!isPostgres || held.IsEmpty)
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
}
