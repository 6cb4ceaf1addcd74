using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Live.Data;
using Quartet.Live.Sessions;
using Quartet.Live.Sync;
using Quartet.Live.Text;
using Quartet.Platform.Http;

namespace Quartet.Live.Moderation;

public sealed class ApproveRequest
{
    public string? Text { get; init; }
}

/// <summary>
/// A host decision on a Q&amp;A question (A4): approve (optionally with edited text), dismiss, answer or unanswer, pin
/// (at most <see cref="MaxPins"/>) or unpin, hide or unhide; published at once.
/// </summary>
public static class ModerateQuestion
{
    public const int MaxPins = 3;

    public static void Map(RouteGroupBuilder session) =>
        session.MapPost("/questions/{qid:guid}/{action:regex(^(approve|dismiss|answer|unanswer|pin|unpin|hide|unhide)$)}", async Task<Ok<QuestionDecisionView>> (
            Guid id, Guid qid, string action, ApproveRequest? request, ClaimsPrincipal user, Publisher publisher, CancellationToken ct) =>
        {
            var question = await publisher.RunAsync(id, async (db, now, t) =>
            {
                var session = await HostAccess.OwnedAsync(db, id, user, t);
                var q = await db.Questions.SingleOrDefaultAsync(x => x.Id == qid && x.SessionId == id, t)
                    ?? throw new ProblemException(404, "QUESTION_NOT_FOUND", "No such question.");
                await DecideAsync(db, q, action, request?.Text, now, t);
                HostAccess.Audit(db, session, user, "question-" + action, now, qid.ToString());
                return (q, ReconcileScope.ForActivity(q.ActivityId));
            }, ct);
            return TypedResults.Ok(new QuestionDecisionView(question.Id, question.State, question.Pinned, question.Text, question.Edited, question.VoteCount));
        }).WithSummary("Moderate question").ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task DecideAsync(LiveDb db, Question q, string action, string? editedText, DateTime now, CancellationToken ct)
    {
        static ProblemException Invalid(Question q, string action) => new(409, "INVALID_TRANSITION", $"A {q.State} question cannot be {action}ed.");
        switch (action)
        {
            case "approve":
                if (q.State is not (QuestionState.Pending or QuestionState.Filtered or QuestionState.Dismissed))
                {
                    throw Invalid(q, action);
                }

                if (editedText is { } text && TextRules.CleanMultiline(text) is { Length: > 0 and <= 500 } edited && edited != q.Text)
                {
                    q.Text = edited;
                    q.Edited = true;
                }

                q.State = QuestionState.Visible;
                break;
            case "dismiss":
                if (q.State is not (QuestionState.Pending or QuestionState.Filtered or QuestionState.Visible))
                {
                    throw Invalid(q, action);
                }

                q.State = QuestionState.Dismissed;
                q.Pinned = false;
                break;
            case "answer":
                if (q.State != QuestionState.Visible)
                {
                    throw Invalid(q, action);
                }

                q.State = QuestionState.Answered;
                q.AnsweredAt = now;
                q.Pinned = false;
                break;
            case "unanswer":
                if (q.State != QuestionState.Answered)
                {
                    throw Invalid(q, action);
                }

                q.State = QuestionState.Visible;
                q.AnsweredAt = null;
                break;
            case "pin":
                if (q.State != QuestionState.Visible)
                {
                    throw Invalid(q, action);
                }

                if (!q.Pinned && await db.Questions.CountAsync(x => x.ActivityId == q.ActivityId && x.Pinned, ct) >= MaxPins)
                {
                    throw new ProblemException(409, "PIN_LIMIT", $"At most {MaxPins} pinned questions.");
                }

                q.Pinned = true;
                break;
            case "unpin":
                q.Pinned = false;
                break;
            case "hide":
                if (q.State is not (QuestionState.Visible or QuestionState.Answered))
                {
                    throw Invalid(q, action);
                }

                q.State = QuestionState.Hidden;
                q.Pinned = false;
                break;
            default:
                if (q.State != QuestionState.Hidden)
                {
                    throw Invalid(q, action);
                }

                q.State = QuestionState.Visible;
                break;
        }
    }
}
