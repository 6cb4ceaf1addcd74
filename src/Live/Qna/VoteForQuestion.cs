using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Quartet.Live.Participants;
using Quartet.Live.Responses;

namespace Quartet.Live.Qna;

/// <summary>A participant upvotes a visible question of someone else (once).</summary>
public static class VoteForQuestion
{
    public static void Map(RouteGroupBuilder participant) =>
        participant.MapPut("/questions/{qid:guid}/vote", Task<Ok<QuestionVoteState>> (Guid sid, Guid qid, AuthenticatedParticipant authenticated, ParticipantWrites writes, HttpContext http, CancellationToken ct) =>
            QuestionVotes.SetAsync(sid, qid, true, authenticated, writes, http, ct)).WithSummary("Vote for question")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
