using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Live.Data;

namespace Quartet.Live.Sync;

/// <summary>
/// The sessions this instance serves, each held as a <see cref="SessionState"/>. Loaded on first use, then kept current
/// by <see cref="RefreshAsync(IReadOnlyCollection{Guid}, CancellationToken)"/> (the change listener and local publishes).
/// </summary>
public sealed class SyncHub(IServiceScopeFactory scopes, TimeProvider clock)
{
    private readonly ConcurrentDictionary<Guid, SessionState> sessions = new();
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> loading = new();

    /// <summary>Sessions currently held in memory.</summary>
    public ICollection<Guid> Loaded => sessions.Keys;

    private int held;

    /// <summary>Streams and long-polls held open on this instance.</summary>
    public int HeldConnections => Volatile.Read(ref held);

    /// <summary>Counts one more held connection unless the cap is reached.</summary>
    public bool TryHold(int max)
    {
        if (Interlocked.Increment(ref held) <= max)
        {
            return true;
        }

        Interlocked.Decrement(ref held);
        return false;
    }

    public void Release() => Interlocked.Decrement(ref held);

    /// <summary>The in-memory state of a session, loading it once; null when the session does not exist.</summary>
    public async ValueTask<SessionState?> GetAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        if (sessions.TryGetValue(sessionId, out var state))
        {
            state.LastUsedTicks = clock.GetTimestamp();
            return state;
        }

        var gate = loading.GetOrAdd(sessionId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (sessions.TryGetValue(sessionId, out state))
            {
                return state;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LiveDb>();
            var header = await ReadHeaders(db, [sessionId]).FirstOrDefaultAsync(cancellationToken);
            if (header is null)
            {
                return null;
            }

            var rows = await ReadRows(db, sessionId, 0).ToListAsync(cancellationToken);
            state = new SessionState(header) { LastUsedTicks = clock.GetTimestamp() };
            state.Apply(header, rows);
            sessions[sessionId] = state;
            return state;
        }
        finally
        {
            gate.Release();
        }
    }

    public Task RefreshAsync(Guid sessionId, CancellationToken cancellationToken) => RefreshAsync([sessionId], cancellationToken);

    /// <summary>Loads the rows published since each session's held version (one query for the headers).</summary>
    public async Task RefreshAsync(IReadOnlyCollection<Guid> sessionIds, CancellationToken cancellationToken)
    {
        var held = sessionIds.Where(sessions.ContainsKey).ToList();
        if (held.Count == 0)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LiveDb>();
        var headers = await ReadHeaders(db, held).ToListAsync(cancellationToken);
        foreach (var missing in held.Except(headers.Select(h => h.Id)))
        {
            sessions.TryRemove(missing, out _);
        }

        foreach (var header in headers)
        {
            var state = sessions[header.Id];
            if (header.Version > state.Version || header.DeltaFloor != state.Header.DeltaFloor || header != state.Header with { Version = header.Version })
            {
                var rows = await ReadRows(db, header.Id, state.Version).ToListAsync(cancellationToken);
                state.Apply(header, rows);
            }
        }
    }

    /// <summary>Drops sessions nobody asked about for a while (they reload on the next request).</summary>
    public void Evict(TimeSpan idle)
    {
        foreach (var (id, state) in sessions)
        {
            if (clock.GetElapsedTime(state.LastUsedTicks) > idle && !state.Changed.IsCompleted)
            {
                sessions.TryRemove(id, out _);
            }
        }
    }

    private static IQueryable<SessionHeader> ReadHeaders(LiveDb db, List<Guid> ids) =>
        db.Sessions.AsNoTracking().Where(s => ids.Contains(s.Id))
            .Select(s => new SessionHeader(s.Id, s.HostUserId, s.Version, s.DeltaFloor, s.Status, s.EndedAt, s.PresenterKeyHash, s.IsRehearsal));

    private static IQueryable<StateRow> ReadRows(LiveDb db, Guid sessionId, long after) =>
        db.Changes.AsNoTracking().Where(c => c.SessionId == sessionId && c.Version > after)
            .Select(c => new StateRow(c.Kind, c.EntityId, c.Audience, c.Version, c.Removed, c.Data));
}
