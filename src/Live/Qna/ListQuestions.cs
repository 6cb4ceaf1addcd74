using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Live.Data;
using Quartet.Live.Participants;

namespace Quartet.Live.Qna;

/// <summary>A question as a participant sees it in the list: whether it is theirs and whether they voted for it.</summary>
public sealed record VisibleQuestionView(Guid Id, string Text, QuestionState State, bool Pinned, int VoteCount, bool Anonymous, DateTime CreatedAt, bool Mine, bool Voted);

/// <summary>
/// A Q&amp;A's questions for a participant (A5): the visible and answered ones plus their own, pinned first, then by votes
/// (or newest with <c>sort=newest</c>); at most 200.
/// </summary>
public static class ListQuestions
{
    public static void Map(RouteGroupBuilder participant) =>
        participant.MapGet("/activities/{aid:guid}/questions", Handle);

    private static async Task<Ok<List<VisibleQuestionView>>> Handle(Guid sid, Guid aid, string? sort, AuthenticatedParticipant authenticated, LiveDb db, CancellationToken ct)
    {
        var caller = authenticated.Caller;
        var query = db.Questions.AsNoTracking().Where(q => q.ActivityId == aid && q.SessionId == sid
            && (q.State == QuestionState.Visible || q.State == QuestionState.Answered || q.AuthorParticipantId == caller.ParticipantId));
        var rows = await query.Take(500).ToListAsync(ct);
        var voted = await db.QuestionVotes.AsNoTracking().Where(v => v.ParticipantId == caller.ParticipantId).Select(v => v.QuestionId).ToListAsync(ct);
        var ordered = sort == "newest"
            ? rows.OrderByDescending(q => q.Pinned).ThenByDescending(q => q.CreatedAt)
            : rows.OrderByDescending(q => q.Pinned).ThenByDescending(q => q.VoteCount).ThenBy(q => q.CreatedAt);
        return TypedResults.Ok(ordered.Take(200)
            .Select(q => new VisibleQuestionView(q.Id, q.Text, q.State, q.Pinned, q.VoteCount, q.Anonymous, q.CreatedAt, q.AuthorParticipantId == caller.ParticipantId, voted.Contains(q.Id)))
            .ToList());
    }
}
