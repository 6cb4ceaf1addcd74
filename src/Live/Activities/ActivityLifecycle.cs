using Quartet.Live.Data;
using Quartet.Platform.Http;

namespace Quartet.Live.Activities;

/// <summary>Activity state moves (L8–L10) and quiz stage moves (Q1), shared by host actions, navigation and timers.</summary>
public static class ActivityLifecycle
{
    public static bool IsBackground(ActivityType type) => type is ActivityType.Qna or ActivityType.Reactions;

    public static void Open(Activity activity, DateTime now)
    {
        activity.State = ActivityState.Open;
        activity.OpenedAt = now;
        activity.ClosedAt = null;
        activity.ClosesAt = activity.TimeLimitSeconds is { } t && activity.Type != ActivityType.Quiz ? now.AddSeconds(t) : null;
    }

    public static void Close(Activity activity, DateTime at)
    {
        activity.State = ActivityState.Closed;
        activity.ClosedAt = at;
        activity.ClosesAt = null;
    }

    /// <summary>Open, or closed less than closeGraceSeconds ago (L10).</summary>
    public static bool AcceptsWrites(Activity activity, DateTime now) =>
        activity.State == ActivityState.Open
        || (activity.State == ActivityState.Closed && activity.ClosedAt is { } closed && activity.CloseGraceSeconds > 0 && now < closed.AddSeconds(activity.CloseGraceSeconds));

    /// <summary>Moves one quiz question to <paramref name="stage"/>; stages only move forward, except closed → open before reveal.</summary>
    public static void MoveQuestion(Activity quiz, QuizQuestionState question, QuizQuestionDefinition definition, QuizStage stage, DateTime now)
    {
        var allowed = stage > question.Stage || (question.Stage == QuizStage.Closed && stage == QuizStage.Open);
        if (!allowed || (stage == QuizStage.Leaderboard && question.Stage != QuizStage.Revealed))
        {
            throw new ProblemException(409, "INVALID_TRANSITION", $"A question at stage {question.Stage} cannot move to {stage}.");
        }

        if (stage >= QuizStage.Open && question.Stage < QuizStage.Open)
        {
            question.OpenedAt = now;
            question.DeadlineAt = definition.TimeLimitSeconds is { } t ? now.AddSeconds(t) : null;
        }
        else if (stage == QuizStage.Open)
        {
            question.ClosedAt = null;
            question.DeadlineAt = definition.TimeLimitSeconds is { } t && question.OpenedAt is { } opened ? (opened.AddSeconds(t) > now ? opened.AddSeconds(t) : now.AddSeconds(5)) : null;
        }

        if (stage >= QuizStage.Closed && question.Stage < QuizStage.Closed)
        {
            question.ClosedAt = question.DeadlineAt is { } deadline && deadline < now ? deadline : now;
            question.DeadlineAt = null;
        }

        question.Stage = stage;
        quiz.QuizIndex = question.Index;
    }
}
