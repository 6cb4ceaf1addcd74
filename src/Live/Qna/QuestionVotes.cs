using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Quartet.Live.Data;
using Quartet.Live.Participants;
using Quartet.Live.Responses;
using Quartet.Platform.Http;

namespace Quartet.Live.Qna;

/// <summary>The caller's vote on a question and its count.</summary>
public sealed record QuestionVoteState(Guid QuestionId, bool Voted, int VoteCount);

/// <summary>Setting or removing the caller's one vote on a question (A5): never on their own, only on visible ones; repeating is harmless.</summary>
public static class QuestionVotes
{
    public static async Task<Ok<QuestionVoteState>> SetAsync(Guid sid, Guid qid, bool add, AuthenticatedParticipant authenticated, ParticipantWrites writes, HttpContext http, CancellationToken ct)
    {
        var caller = authenticated.Caller;
        var db = writes.Db;
        async Task<QuestionVoteState> Current(CancellationToken t)
        {
            var count = await db.Questions.AsNoTracking().Where(q => q.Id == qid).Select(q => q.VoteCount).SingleAsync(t);
            var voted = await db.QuestionVotes.AnyAsync(v => v.QuestionId == qid && v.ParticipantId == caller.ParticipantId, t);
            return new QuestionVoteState(qid, voted, count);
        }

        var result = await writes.RunAsync(http, caller, null, StatusCodes.Status200OK, async t =>
        {
            var question = await db.Questions.AsNoTracking().SingleOrDefaultAsync(q => q.Id == qid && q.SessionId == sid, t)
                ?? throw new ProblemException(404, "QUESTION_NOT_FOUND", "No such question.");
            var existing = await db.QuestionVotes.SingleOrDefaultAsync(v => v.QuestionId == qid && v.ParticipantId == caller.ParticipantId, t);
            if (add)
            {
                if (question.AuthorParticipantId == caller.ParticipantId)
                {
                    throw new ProblemException(422, "CANNOT_VOTE_OWN", "You cannot upvote your own question.");
                }

                if (question.State != QuestionState.Visible)
                {
                    throw new ProblemException(422, "QUESTION_NOT_VOTABLE", "Only visible questions take votes.");
                }

                if (existing is null)
                {
                    db.QuestionVotes.Add(new QuestionVote { QuestionId = qid, ParticipantId = caller.ParticipantId });
                    await db.SaveChangesAsync(t);
                    await db.Questions.Where(q => q.Id == qid).ExecuteUpdateAsync(s => s.SetProperty(q => q.VoteCount, q => q.VoteCount + 1), t);
                }
            }
            else if (existing is not null)
            {
                db.QuestionVotes.Remove(existing);
                await db.SaveChangesAsync(t);
                await db.Questions.Where(q => q.Id == qid).ExecuteUpdateAsync(s => s.SetProperty(q => q.VoteCount, q => q.VoteCount - 1), t);
            }

            return await Current(t);
        }, ct);
        return TypedResults.Ok(result);
    }
}
