using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Live.Data;
using Quartet.Live.Sync;

namespace Quartet.Live.Activities;

/// <summary>Closes timed activities and quiz questions at their deadline (L9); safe to run on every instance.</summary>
public sealed class ActivityTimers(IServiceScopeFactory scopes, Publisher publisher, TimeProvider clock)
{
    public async Task CloseDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        List<Guid> sessions;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LiveDb>();
            var activitySessions = await db.Activities.AsNoTracking()
                .Where(a => a.State == ActivityState.Open && a.ClosesAt != null && a.ClosesAt <= now).Select(a => a.SessionId).ToListAsync(ct);
            var quizSessions = await db.QuizQuestions.AsNoTracking().Where(q => q.Stage == QuizStage.Open && q.DeadlineAt != null && q.DeadlineAt <= now)
                .Join(db.Activities, q => q.ActivityId, a => a.Id, (q, a) => a.SessionId).ToListAsync(ct);
            sessions = [.. activitySessions.Concat(quizSessions).Distinct()];
        }

        foreach (var sessionId in sessions)
        {
            await publisher.PublishAsync(sessionId, async (db, at, token) =>
            {
                var scope = new ReconcileScope();
                var due = await db.Activities.Where(a => a.SessionId == sessionId && a.State == ActivityState.Open && a.ClosesAt != null && a.ClosesAt <= at)
                    .ToListAsync(token);
                foreach (var activity in due)
                {
                    ActivityLifecycle.Close(activity, activity.ClosesAt!.Value);
                    scope.Activities.Add(activity.Id);
                }

                var questions = await db.QuizQuestions.Where(q => q.Stage == QuizStage.Open && q.DeadlineAt != null && q.DeadlineAt <= at)
                    .Join(db.Activities.Where(a => a.SessionId == sessionId), q => q.ActivityId, a => a.Id, (q, a) => q).ToListAsync(token);
                foreach (var question in questions)
                {
                    question.Stage = QuizStage.Closed;
                    question.ClosedAt = question.DeadlineAt;
                    scope.Activities.Add(question.ActivityId);
                }

                return (true, scope);
            }, skipIfUnchanged: true, ct);
        }
    }
}
