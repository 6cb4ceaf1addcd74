using Microsoft.EntityFrameworkCore;
using Quartet.Live.Activities;
using Quartet.Live.Data;
using Quartet.Live.Sync;
using Quartet.Platform.Http;

namespace Quartet.Live.Sessions;

/// <summary>
/// Navigation (L7): lobby before the first activity, end screen after the last; leaving an open foreground activity
/// closes it; arriving on a pending activity opens it; inside a quiz <c>next</c> steps the question stages (Q1).
/// </summary>
public static class Navigation
{
    public static async Task<ReconcileScope> MoveAsync(LiveDb db, LiveSession session, string to, DateTime now, CancellationToken ct)
    {
        if (session.Status != SessionStatus.Live && !session.IsRehearsal)
        {
            throw new ProblemException(409, "SESSION_NOT_LIVE", "Start the session first.");
        }

        var activities = await db.Activities.Where(a => a.SessionId == session.Id).OrderBy(a => a.Position).ToListAsync(ct);
        var current = activities.FirstOrDefault(a => a.Id == session.CurrentActivityId);
        var index = session.Screen switch
        {
            SessionScreen.Lobby => -1,
            SessionScreen.End => activities.Count,
            _ => current is null ? -1 : activities.IndexOf(current),
        };
        var scope = new ReconcileScope();
        if (current is not null)
        {
            scope.Activities.Add(current.Id);
        }

        int target;
        switch (to.Trim().ToLowerInvariant())
        {
            case "next":
                if (current is { Type: ActivityType.Quiz } quiz && session.Screen == SessionScreen.Activity && !quiz.QuizPodium)
                {
                    await StepQuizAsync(db, quiz, now, scope, ct);
                    return scope;
                }

                target = Math.Min(index + 1, activities.Count);
                break;
            case "previous":
                target = Math.Max(index - 1, -1);
                break;
            case "lobby":
                target = -1;
                break;
            case "end":
                target = activities.Count;
                break;
            default:
                if (!Guid.TryParse(to, out var activityId) || activities.FindIndex(a => a.Id == activityId) is var found && found < 0)
                {
                    throw new ProblemException(400, "BAD_TARGET", "to is next, previous, lobby, end or an activity id of this session.");
                }

                target = found;
                break;
        }

        if (current is not null && current.State == ActivityState.Open && !ActivityLifecycle.IsBackground(current.Type) && target != index)
        {
            ActivityLifecycle.Close(current, now);
        }

        if (target < 0)
        {
            session.Screen = SessionScreen.Lobby;
            session.CurrentActivityId = null;
        }
        else if (target >= activities.Count)
        {
            session.Screen = SessionScreen.End;
            session.CurrentActivityId = null;
        }
        else
        {
            var next = activities[target];
            session.Screen = SessionScreen.Activity;
            session.CurrentActivityId = next.Id;
            scope.Activities.Add(next.Id);
            if (next.State == ActivityState.Pending)
            {
                OpenAsForeground(activities, next, now, scope);
            }
        }

        return scope;
    }

    /// <summary>Opens an activity; a foreground one closes any other open foreground activity first (at most one).</summary>
    public static void OpenAsForeground(List<Activity> all, Activity activity, DateTime now, ReconcileScope scope)
    {
        foreach (var other in all.Where(a => a.Id != activity.Id && a.State == ActivityState.Open
                     && (ActivityLifecycle.IsBackground(activity.Type) ? a.Type == activity.Type : !ActivityLifecycle.IsBackground(a.Type))))
        {
            ActivityLifecycle.Close(other, now);
            scope.Activities.Add(other.Id);
        }

        ActivityLifecycle.Open(activity, now);
    }

    /// <summary>One press of <c>next</c> inside a quiz: the current question's next stage, the next question, then the podium.</summary>
    public static async Task StepQuizAsync(LiveDb db, Activity quiz, DateTime now, ReconcileScope scope, CancellationToken ct)
    {
        var config = LiveJson.Deserialize<ActivityConfig>(quiz.Config);
        var questions = config.Questions ?? [];
        if (quiz.State != ActivityState.Open)
        {
            ActivityLifecycle.Open(quiz, now);
        }

        var state = quiz.QuizIndex < 0 ? null : await db.QuizQuestions.SingleOrDefaultAsync(q => q.ActivityId == quiz.Id && q.Index == quiz.QuizIndex, ct);
        if (state is null || state.Stage == QuizStage.Leaderboard
            || (state.Stage == QuizStage.Revealed && questions[state.Index].ShowLeaderboard != true))
        {
            var nextIndex = (state?.Index ?? -1) + 1;
            if (nextIndex >= questions.Count)
            {
                quiz.QuizPodium = true;
                scope.Scores.Add(quiz.Id);
                return;
            }

            var next = await db.QuizQuestions.SingleOrDefaultAsync(q => q.ActivityId == quiz.Id && q.Index == nextIndex, ct);
            if (next is null)
            {
                next = new QuizQuestionState { ActivityId = quiz.Id, Index = nextIndex, Stage = QuizStage.Hidden };
                db.QuizQuestions.Add(next);
            }

            ActivityLifecycle.MoveQuestion(quiz, next, questions[nextIndex], config.OpenOnShow ? QuizStage.Open : QuizStage.Shown, now);
            return;
        }

        var stage = state.Stage switch
        {
            QuizStage.Hidden => config.OpenOnShow ? QuizStage.Open : QuizStage.Shown,
            QuizStage.Shown => QuizStage.Open,
            QuizStage.Open => QuizStage.Closed,
            QuizStage.Closed => QuizStage.Revealed,
            _ => QuizStage.Leaderboard,
        };
        ActivityLifecycle.MoveQuestion(quiz, state, questions[state.Index], stage, now);
        if (stage >= QuizStage.Revealed)
        {
            scope.Scores.Add(quiz.Id);
        }
    }
}
