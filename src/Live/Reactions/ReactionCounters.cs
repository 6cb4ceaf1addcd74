using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Live.Data;

namespace Quartet.Live.Reactions;

/// <summary>
/// Reaction taps summed in memory (A8) and added to the per-emoji totals every 500 ms; no per-tap or per-participant
/// record is ever written.
/// </summary>
public sealed class ReactionCounters(IServiceScopeFactory scopes)
{
    private ConcurrentDictionary<(Guid Session, Guid Activity, string Emoji), long> pending = new();

    public void Add(Guid sessionId, Guid activityId, string emoji, int taps) =>
        pending.AddOrUpdate((sessionId, activityId, emoji), taps, (_, n) => n + taps);

    /// <summary>Adds the pending counts to the database; returns the sessions that changed.</summary>
    public async Task<IReadOnlyCollection<Guid>> FlushAsync(CancellationToken ct)
    {
        if (pending.IsEmpty)
        {
            return [];
        }

        var batch = Interlocked.Exchange(ref pending, new ConcurrentDictionary<(Guid, Guid, string), long>());
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LiveDb>();
        foreach (var ((_, activityId, emoji), taps) in batch)
        {
            var updated = await db.ReactionTotals.Where(r => r.ActivityId == activityId && r.Emoji == emoji)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Total, r => r.Total + taps), ct);
            if (updated == 0)
            {
                try
                {
                    db.ReactionTotals.Add(new ReactionTotal { ActivityId = activityId, Emoji = emoji, Total = taps });
                    await db.SaveChangesAsync(ct);
                }
                catch (DbUpdateException)
                {
                    db.ChangeTracker.Clear();
                    await db.ReactionTotals.Where(r => r.ActivityId == activityId && r.Emoji == emoji)
                        .ExecuteUpdateAsync(s => s.SetProperty(r => r.Total, r => r.Total + taps), ct);
                }
            }
        }

        return [.. batch.Keys.Select(k => k.Item1).Distinct()];
    }
}
