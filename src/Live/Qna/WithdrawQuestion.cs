using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Live.Data;
using Quartet.Live.Participants;
using Quartet.Live.Responses;
using Quartet.Platform.Http;

namespace Quartet.Live.Qna;

/// <summary>The author withdraws their question (A3) unless it was answered.</summary>
public static class WithdrawQuestion
{
    public static void Map(RouteGroupBuilder participant) =>
        participant.MapDelete("/questions/{qid:guid}", Handle).ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Ok<OwnQuestion>> Handle(Guid sid, Guid qid, AuthenticatedParticipant authenticated, ParticipantWrites writes, HttpContext http, CancellationToken ct)
    {
        var caller = authenticated.Caller;
        var db = writes.Db;
        var result = await writes.RunAsync(http, caller, null, StatusCodes.Status200OK, async t =>
        {
            var question = await db.Questions.SingleOrDefaultAsync(q => q.Id == qid && q.SessionId == sid, t)
                ?? throw new ProblemException(404, "QUESTION_NOT_FOUND", "No such question.");
            if (question.AuthorParticipantId != caller.ParticipantId)
            {
                throw new ProblemException(403, "NOT_AUTHOR", "Only the author can withdraw a question.");
            }

            if (question.State is QuestionState.Answered or QuestionState.Withdrawn)
            {
                throw new ProblemException(409, "INVALID_TRANSITION", "This question can no longer be withdrawn.");
            }

            question.State = QuestionState.Withdrawn;
            question.Pinned = false;
            return OwnQuestion.From(question);
        }, ct);
        return TypedResults.Ok(result);
    }
}
