using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Live.Common;
using Quartet.Live.Sync;
using Quartet.Platform.Http;

namespace Quartet.Live.Moderation;

public sealed class RemoveAuthorRequest
{
    public bool Ban { get; init; }

    public bool RemoveResponses { get; init; }
}

/// <summary>Kicks or bans the author of a question (A6) without the host learning who an anonymous author is.</summary>
public static class RemoveQuestionAuthor
{
    public static void Map(RouteGroupBuilder session) =>
        session.MapPost("/questions/{qid:guid}/remove-author", async Task<NoContent> (
            Guid id, Guid qid, RemoveAuthorRequest request, ClaimsPrincipal user, Publisher publisher, CancellationToken ct) =>
        {
            await publisher.RunAsync(id, async (db, now, t) =>
            {
                var author = await db.Questions.Where(q => q.Id == qid && q.SessionId == id).Select(q => (Guid?)q.AuthorParticipantId).SingleOrDefaultAsync(t)
                    ?? throw new ProblemException(404, "QUESTION_NOT_FOUND", "No such question.");
                return await ParticipantRemoval.RemoveAsync(db, id, author, request.Ban, request.RemoveResponses, "question author", user, now, t);
            }, ct);
            return TypedResults.NoContent();
        }).WithSummary("Remove question author");
}
