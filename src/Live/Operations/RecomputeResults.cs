using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Live.Data;
using Quartet.Live.Sync;

namespace Quartet.Live.Operations;

/// <summary>
/// <c>quartet live recompute-results --session id [--fix]</c> (§6): rebuilds every aggregate (results, leaderboards,
/// reaction totals, personal scores) from the raw rows and compares it with what is published; <c>--fix</c> publishes
/// the recomputed state as a new version. The published data must always equal a fresh aggregation (ResultSnapshot).
/// </summary>
public static class RecomputeResults
{
    private static readonly string[] AggregateKinds = [Kinds.Results, Kinds.Leaderboard, Kinds.Reactions, Kinds.Question, Kinds.Me];

    public sealed record Outcome(int Compared, IReadOnlyList<string> Mismatches, bool Fixed);

    public static async Task<Outcome> RunAsync(IServiceProvider services, Guid sessionId, bool fix, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LiveDb>();
        var everything = new ReconcileScope();
        var quizzes = await db.Activities.AsNoTracking().Where(a => a.SessionId == sessionId).Select(a => new { a.Id, a.Type }).ToListAsync(ct);
        everything.Activities.UnionWith(quizzes.Select(a => a.Id));
        everything.Scores.UnionWith(quizzes.Where(a => a.Type == ActivityType.Quiz).Select(a => a.Id));
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;

        var desired = (await Projector.ComputeAsync(db, sessionId, everything, now, ct))
            .Where(r => AggregateKinds.Contains(r.Kind))
            .ToDictionary(r => (r.Kind, r.Id, r.Audience), r => r.Data);
        var published = (await db.Changes.AsNoTracking().Where(c => c.SessionId == sessionId && !c.Removed && AggregateKinds.Contains(c.Kind)).ToListAsync(ct))
            .ToDictionary(c => (c.Kind, c.EntityId, c.Audience), c => c.Data);

        var mismatches = new List<string>();
        foreach (var (key, data) in desired)
        {
            if (!published.TryGetValue(key, out var current) || current != data)
            {
                mismatches.Add($"{key.Kind} {key.Id} ({key.Audience}): {(current is null ? "not published" : "differs")}");
            }
        }

        mismatches.AddRange(published.Keys.Where(k => !desired.ContainsKey(k)).Select(k => $"{k.Kind} {k.EntityId} ({k.Audience}): published but no longer derivable"));
        if (fix && mismatches.Count > 0)
        {
            await services.GetRequiredService<Publisher>().RunAsync(sessionId, (_, _, _) => Task.FromResult((true, everything)), ct);
        }

        return new Outcome(desired.Count, mismatches, fix && mismatches.Count > 0);
    }
}
