using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartet.Live.Activities;
using Quartet.Live.Data;
using Quartet.Live.Operations;
using Quartet.Live.Participants;
using Quartet.Live.Reactions;

namespace Quartet.Live.Sync;

/// <summary>
/// The background work of §6 on every instance: folds participant writes into versions (S2, at most every 500 ms,
/// only for sessions whose publisher lease this instance holds, M2), closes timed activities and questions (L9),
/// publishes presence counts every 5 s, flushes lastSeenAt every 10 s and reaction counters every 500 ms. Every 2 s
/// (<see cref="LiveOptions.SweepIntervalMs"/>) and with each presence round it also looks at every live session, so a
/// lost cross-instance write signal or a dead lease holder delays a publication by that much at most.
/// </summary>
public sealed class BatchPublisher(
    IServiceScopeFactory scopes,
    Publisher publisher,
    PublisherLeases leases,
    WriteSignals signals,
    PresenceTracker presence,
    ReactionCounters reactions,
    ActivityTimers timers,
    LiveMetrics metrics,
    IOptions<LiveOptions> options,
    TimeProvider clock,
    ILogger<BatchPublisher> logger) : BackgroundService
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(100);
    private long lastPresence;
    private long lastFlush;
    private long lastSweep;
    private long lastTimer;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMilliseconds(Math.Clamp(options.Value.PublishIntervalMs, 250, 2000));
        var sweep = TimeSpan.FromMilliseconds(Math.Clamp(options.Value.SweepIntervalMs, 500, 60_000));
        var lastBatch = clock.GetTimestamp();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Tick, clock, stoppingToken);
                if (clock.GetElapsedTime(lastTimer) >= TimeSpan.FromMilliseconds(200))
                {
                    lastTimer = clock.GetTimestamp();
                    await timers.CloseDueAsync(stoppingToken);
                }

                if (clock.GetElapsedTime(lastBatch) < interval)
                {
                    continue;
                }

                lastBatch = clock.GetTimestamp();
                var touched = await reactions.FlushAsync(stoppingToken);
                var signalled = await leases.TakeSignalledWritesAsync(stoppingToken);
                var (local, remote) = signals.Drain();
                var dirty = local.Keys.Concat(remote).Concat(signalled).Concat(touched).ToHashSet();
                var presenceDue = clock.GetElapsedTime(lastPresence) >= TimeSpan.FromSeconds(5);
                var sweepDue = clock.GetElapsedTime(lastSweep) >= sweep;
                if (clock.GetElapsedTime(lastFlush) >= TimeSpan.FromSeconds(10))
                {
                    lastFlush = clock.GetTimestamp();
                    await FlushPresenceAsync(stoppingToken);
                }

                if (presenceDue || sweepDue)
                {
                    dirty.UnionWith(await LiveSessionIdsAsync(stoppingToken));
                    lastSweep = clock.GetTimestamp();
                }

                if (presenceDue)
                {
                    lastPresence = clock.GetTimestamp();
                }

                foreach (var sessionId in dirty)
                {
                    if (!await leases.HoldAsync(sessionId, stoppingToken))
                    {
                        if (local.ContainsKey(sessionId))
                        {
                            await leases.NotifyWritesAsync(sessionId, stoppingToken);
                        }

                        continue;
                    }

                    await PublishWritesAsync(sessionId, presenceDue, stoppingToken);
                    if (local.TryGetValue(sessionId, out var firstWrite))
                    {
                        metrics.PublishLag(clock.GetElapsedTime(firstWrite));
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Batch publish failed");
            }
        }

        await leases.ReleaseAllAsync(CancellationToken.None);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushPresenceAsync(cancellationToken);
    }

    private async Task PublishWritesAsync(Guid sessionId, bool withPresence, CancellationToken ct)
    {
        try
        {
            var fencing = leases.TokenOf(sessionId);
            await publisher.PublishAsync<bool>(sessionId, async (db, now, token) =>
            {
                await leases.EnsureStillHeldAsync(db, sessionId, fencing, now, token);
                var recent = now.AddSeconds(-35);
                var scope = new ReconcileScope { Presence = withPresence };
                var ids = await db.Activities.AsNoTracking()
                    .Where(a => a.SessionId == sessionId && (a.State == ActivityState.Open || (a.ClosedAt != null && a.ClosedAt > recent)))
                    .Select(a => a.Id).ToListAsync(token);
                scope.Activities.UnionWith(ids);
                return (true, scope);
            }, skipIfUnchanged: true, ct);
        }
        catch (LeaseLostException)
        {
            leases.Forget(sessionId);
        }
    }

    private async Task<List<Guid>> LiveSessionIdsAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LiveDb>();
        return await db.Sessions.AsNoTracking()
            .Where(s => s.Status == SessionStatus.Live || (s.Status == SessionStatus.Draft && s.IsRehearsal))
            .Select(s => s.Id).ToListAsync(ct);
    }

    private async Task FlushPresenceAsync(CancellationToken ct)
    {
        var batch = presence.Drain();
        if (batch.Count == 0)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LiveDb>();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var group in batch)
        {
            foreach (var chunk in group.Chunk(500))
            {
                await db.Participants.Where(p => chunk.Contains(p.Id)).ExecuteUpdateAsync(s => s.SetProperty(p => p.LastSeenAt, now), ct);
            }
        }
    }
}
