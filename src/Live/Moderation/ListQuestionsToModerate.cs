using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Live.Data;
using Quartet.Live.Sessions;
using Quartet.Platform.Http;

namespace Quartet.Live.Moderation;

/// <summary>A Q&amp;A activity's questions for the host (A4): pinned first, then by votes and age, optionally of one state.</summary>
public static class ListQuestionsToModerate
{
    public static void Map(RouteGroupBuilder session) =>
        session.MapGet("/activities/{aid:guid}/questions", async Task<Ok<PagedList<ModeratedQuestionView>>> (
            Guid id, Guid aid, QuestionState? state, PageRequest page, LiveDb db, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await HostAccess.OwnedAsync(db, id, user, ct);
            var query = db.Questions.AsNoTracking().Where(q => q.ActivityId == aid && q.SessionId == id);
            if (state is { } wanted)
            {
                query = query.Where(q => q.State == wanted);
            }

            return TypedResults.Ok(await query.OrderByDescending(q => q.Pinned).ThenByDescending(q => q.VoteCount).ThenBy(q => q.CreatedAt)
                .Select(q => new ModeratedQuestionView(q.Id, q.Text, q.State, q.Pinned, q.VoteCount, q.Anonymous, q.Edited, q.CreatedAt,
                    q.Anonymous ? null : db.Participants.Where(p => p.Id == q.AuthorParticipantId).Select(p => p.Nickname).FirstOrDefault()))
                .ToPageAsync(page, ct));
        });
}
