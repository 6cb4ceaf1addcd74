using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Live.Common;
using Quartet.Live.Data;
using Quartet.Live.Sessions;
using Quartet.Live.Sync;
using Quartet.Platform.Http;

namespace Quartet.Live.Activities;

/// <summary>Moves one quiz question through its stages: show, open, close, reveal, leaderboard (opening the quiz when needed).</summary>
public static class MoveQuizQuestion
{
    public static void Map(RouteGroupBuilder session) =>
        session.MapPost("/activities/{aid:guid}/quiz/{index:int}/{stage:regex(^(show|open|close|reveal|leaderboard)$)}", async Task<Ok<ActivityView>> (
            Guid id, Guid aid, int index, string stage, ClaimsPrincipal user, Publisher publisher, CancellationToken ct) =>
        {
            var activity = await publisher.RunAsync(id, async (db, now, t) =>
            {
                var session = await HostAccess.OwnedAsync(db, id, user, t);
                HostAccess.EnsureNotEnded(session);
                var quiz = await ActivityLookup.FindAsync(db, id, aid, t);
                var questions = quiz.Type == ActivityType.Quiz ? LiveJson.Deserialize<ActivityConfig>(quiz.Config).Questions ?? [] : [];
                if (index < 0 || index >= questions.Count)
                {
                    throw new ProblemException(404, "QUESTION_NOT_FOUND", "No such quiz question.");
                }

                if (quiz.State != ActivityState.Open)
                {
                    if (session.CurrentActivityId != aid)
                    {
                        throw new ProblemException(409, "INVALID_TRANSITION", "Navigate to the quiz first.");
                    }

                    ActivityLifecycle.Open(quiz, now);
                }

                var state = await db.QuizQuestions.SingleOrDefaultAsync(q => q.ActivityId == aid && q.Index == index, t);
                if (state is null)
                {
                    state = new QuizQuestionState { ActivityId = aid, Index = index, Stage = QuizStage.Hidden };
                    db.QuizQuestions.Add(state);
                }

                var target = stage switch
                {
                    "show" => QuizStage.Shown,
                    "open" => QuizStage.Open,
                    "close" => QuizStage.Closed,
                    "reveal" => QuizStage.Revealed,
                    _ => QuizStage.Leaderboard,
                };
                ActivityLifecycle.MoveQuestion(quiz, state, questions[index], target, now);
                quiz.QuizPodium = false;
                var scope = ReconcileScope.ForActivity(aid);
                if (target >= QuizStage.Revealed)
                {
                    scope.Scores.Add(aid);
                }

                return (quiz, scope);
            }, ct);
            return TypedResults.Ok(ActivityView.From(activity));
        }).WithSummary("Move quiz question").ProducesProblem(StatusCodes.Status409Conflict);
}
