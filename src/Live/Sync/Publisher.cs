using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Live.Data;
using Quartet.Platform.Data;
using Quartet.Platform.Http;

namespace Quartet.Live.Sync;

/// <summary>
/// Commits a change set as the session's next version (S1): the version bump takes the session row lock first, so host
/// actions and the batch publisher are serialized per session and every recomputation reads committed state.
/// </summary>
public sealed class Publisher(IServiceScopeFactory scopes, SyncHub hub, TimeProvider clock)
{
    public delegate Task<(T Result, ReconcileScope Scope)> Work<T>(LiveDb db, DateTime now, CancellationToken ct);

    /// <summary>Runs a host action and publishes what it changed, in one transaction.</summary>
    public async Task<T> RunAsync<T>(Guid sessionId, Work<T> work, CancellationToken ct)
    {
        var (result, _) = await PublishAsync(sessionId, work, skipIfUnchanged: false, ct);
        return result;
    }

    /// <summary>
    /// Runs <paramref name="work"/> inside the version-bumping transaction and reconciles the published rows; with
    /// <paramref name="skipIfUnchanged"/> nothing is committed when no row differs. Returns whether a version was committed.
    /// </summary>
    public async Task<(T Result, bool Published)> PublishAsync<T>(Guid sessionId, Work<T> work, bool skipIfUnchanged, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LiveDb>();
        var isPostgres = scope.ServiceProvider.TargetOf<LiveDb>().IsPostgres;
        var strategy = db.Database.CreateExecutionStrategy();
        var outcome = await db.WriteExclusivelyAsync(() => strategy.ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.ReadCommitted, token);
            var bumped = await db.Sessions.Where(s => s.Id == sessionId)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Version, x => x.Version + 1), token);
            if (bumped == 0)
            {
                throw new ProblemException(404, "SESSION_NOT_FOUND", "The session does not exist.");
            }

            var version = await db.Sessions.Where(s => s.Id == sessionId).Select(s => s.Version).SingleAsync(token);
            var now = clock.GetUtcNow().UtcDateTime;
            var (result, reconcile) = await work(db, now, token);
            await db.SaveChangesAsync(token);
            var changed = await ReconcileAsync(db, sessionId, reconcile, version, now, token);
            if (changed == 0 && skipIfUnchanged)
            {
                await transaction.RollbackAsync(token);
                return (result, false);
            }

            await db.SaveChangesAsync(token);
            if (isPostgres)
            {
                await db.Database.ExecuteSqlRawAsync("SELECT pg_notify('live_changes', {0})", [sessionId.ToString()], token);
            }

            await transaction.CommitAsync(token);
            return (result, true);
        }, ct), ct);

        if (outcome.Item2)
        {
            await hub.RefreshAsync(sessionId, CancellationToken.None);
        }

        return outcome;
    }

    private static async Task<int> ReconcileAsync(LiveDb db, Guid sessionId, ReconcileScope scope, long version, DateTime now, CancellationToken ct)
    {
        var desired = await Projector.ComputeAsync(db, sessionId, scope, now, ct);
        var scopeIds = scope.Activities.Concat(scope.Scores).Distinct().ToList();
        var participantIds = scope.Participants.Select(p => p.ToString()).ToList();
        var existing = await db.Changes.Where(c => c.SessionId == sessionId && (c.Kind == Kinds.Session || c.Kind == Kinds.Activity
                || (c.ScopeId != null && scopeIds.Contains(c.ScopeId.Value))
                || (scope.Presence && c.Kind == Kinds.Presence)
                || (c.Kind == Kinds.Participant && participantIds.Contains(c.EntityId))))
            .ToListAsync(ct);
        var byKey = existing.ToDictionary(c => (c.Kind, c.EntityId, c.Audience));
        var seen = new HashSet<(string, string, string)>();
        var changed = 0;
        foreach (var row in desired)
        {
            seen.Add((row.Kind, row.Id, row.Audience));
            if (byKey.TryGetValue((row.Kind, row.Id, row.Audience), out var current))
            {
                if (!current.Removed && current.Data == row.Data)
                {
                    continue;
                }

                current.Removed = false;
                current.Data = row.Data;
                current.ScopeId = row.ScopeId;
                current.Version = version;
                current.ChangedAt = now;
            }
            else
            {
                db.Changes.Add(new Change
                {
                    SessionId = sessionId,
                    Kind = row.Kind,
                    EntityId = row.Id,
                    Audience = row.Audience,
                    ScopeId = row.ScopeId,
                    Version = version,
                    Data = row.Data,
                    ChangedAt = now,
                });
            }

            changed++;
        }

        foreach (var stale in existing.Where(c => !c.Removed && !seen.Contains((c.Kind, c.EntityId, c.Audience)) && Projector.Covers(scope, c)))
        {
            stale.Removed = true;
            stale.Data = null;
            stale.Version = version;
            stale.ChangedAt = now;
            changed++;
        }

        return changed;
    }
}
