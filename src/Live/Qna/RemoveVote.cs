using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Quartet.Live.Participants;
using Quartet.Live.Responses;

namespace Quartet.Live.Qna;

/// <summary>A participant takes their vote on a question back.</summary>
public static class RemoveVote
{
    public static void Map(RouteGroupBuilder participant) =>
        participant.MapDelete("/questions/{qid:guid}/vote", Task<Ok<QuestionVoteState>> (Guid sid, Guid qid, AuthenticatedParticipant authenticated, ParticipantWrites writes, HttpContext http, CancellationToken ct) =>
            QuestionVotes.SetAsync(sid, qid, false, authenticated, writes, http, ct)).WithSummary("Remove vote").ProducesProblem(StatusCodes.Status409Conflict);
}
