using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Live.Data;
using Quartet.Live.Sessions;
using Quartet.Live.Sync;
using Quartet.Platform.Accounts;
using Quartet.Platform.Http;

namespace Quartet.Live.Moderation;

public sealed class RemoveRequest
{
    public bool RemoveResponses { get; init; }

    [StringLength(200)]
    public string? Reason { get; init; }
}

public sealed class RemoveAuthorRequest
{
    public bool Ban { get; init; }

    public bool RemoveResponses { get; init; }
}

/// <summary>
/// The participant drawer (J9, J10, A6): list with presence and status, kick, ban (kick + block the id and nickname key),
/// lift a ban, and removing an anonymous question's author without learning who it is.
/// </summary>
public static class ParticipantModeration
{
    public static void Map(RouteGroupBuilder api)
    {
        var host = api.MapGroup("/sessions/{id:guid}").RequireAuthorization(p => p.RequireRole(HostAccess.HostRole));

        host.MapGet("/participants", async (Guid id, string? q, PageRequest page, LiveDb db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        {
            await HostAccess.OwnedAsync(db, id, user, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            var query = db.Participants.AsNoTracking().Where(p => p.SessionId == id && !p.IsBot);
            if (!string.IsNullOrWhiteSpace(q))
            {
                var key = Text.TextRules.Key(q.Trim());
                query = query.Where(p => p.NicknameKey.Contains(key));
            }

            var paged = await query.OrderBy(p => p.JoinedAt).Select(p => new { p.Id, p.Nickname, p.Status, p.JoinedAt, p.LastSeenAt }).ToPageAsync(page, ct);
            return Results.Ok(new
            {
                paged.Page,
                paged.PageSize,
                paged.Total,
                Items = paged.Items.Select(p => new
                {
                    p.Id,
                    p.Nickname,
                    p.Status,
                    p.JoinedAt,
                    Presence = p.LastSeenAt >= now.AddSeconds(-30) ? "online" : p.LastSeenAt >= now.AddMinutes(-2) ? "idle" : "gone",
                }),
            });
        });

        host.MapPost("/participants/{pid:guid}/{action:regex(^(kick|ban)$)}", async (
            Guid id, Guid pid, string action, RemoveRequest? request, ClaimsPrincipal user, Publisher publisher, CancellationToken ct) =>
        {
            await publisher.RunAsync(id, (db, now, t) => RemoveAsync(db, id, pid, action == "ban", request?.RemoveResponses ?? false, request?.Reason, user, now, t), ct);
            return Results.NoContent();
        });

        host.MapPost("/questions/{qid:guid}/remove-author", async (Guid id, Guid qid, RemoveAuthorRequest request, ClaimsPrincipal user, Publisher publisher, CancellationToken ct) =>
        {
            await publisher.RunAsync(id, async (db, now, t) =>
            {
                var author = await db.Questions.Where(q => q.Id == qid && q.SessionId == id).Select(q => (Guid?)q.AuthorParticipantId).SingleOrDefaultAsync(t)
                    ?? throw new ProblemException(404, "QUESTION_NOT_FOUND", "No such question.");
                return await RemoveAsync(db, id, author, request.Ban, request.RemoveResponses, "question author", user, now, t);
            }, ct);
            return Results.NoContent();
        });

        host.MapGet("/bans", async (Guid id, LiveDb db, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await HostAccess.OwnedAsync(db, id, user, ct);
            return Results.Ok(await db.Bans.AsNoTracking().Where(b => b.SessionId == id).OrderBy(b => b.CreatedAt)
                .Select(b => new
                {
                    b.Id,
                    b.ParticipantId,
                    Nickname = db.Participants.Where(p => p.Id == b.ParticipantId).Select(p => p.Nickname).FirstOrDefault(),
                    b.Reason,
                    b.CreatedAt,
                }).ToListAsync(ct));
        });

        host.MapDelete("/bans/{banId:guid}", async (Guid id, Guid banId, ClaimsPrincipal user, Publisher publisher, CancellationToken ct) =>
        {
            await publisher.RunAsync(id, async (db, now, t) =>
            {
                var session = await HostAccess.OwnedAsync(db, id, user, t);
                var ban = await db.Bans.SingleOrDefaultAsync(b => b.Id == banId && b.SessionId == id, t)
                    ?? throw new ProblemException(404, "BAN_NOT_FOUND", "No such ban.");
                db.Bans.Remove(ban);
                HostAccess.Audit(db, session, user, "unban", now, ban.ParticipantId.ToString());
                return (true, ReconcileScope.SessionOnly);
            }, ct);
            return Results.NoContent();
        });
    }

    private static async Task<(bool, ReconcileScope)> RemoveAsync(
        LiveDb db, Guid sessionId, Guid participantId, bool ban, bool removeResponses, string? reason, ClaimsPrincipal user, DateTime now, CancellationToken ct)
    {
        var session = await HostAccess.OwnedAsync(db, sessionId, user, ct);
        var participant = await db.Participants.SingleOrDefaultAsync(p => p.Id == participantId && p.SessionId == sessionId, ct)
            ?? throw new ProblemException(404, "PARTICIPANT_NOT_FOUND", "No such participant.");
        participant.Status = ban ? ParticipantStatus.Banned : ParticipantStatus.Kicked;
        var scope = new ReconcileScope { Presence = true };
        scope.Participants.Add(participantId);
        if (ban)
        {
            db.Bans.Add(new Ban
            {
                Id = Guid.CreateVersion7(),
                SessionId = sessionId,
                ParticipantId = participantId,
                NicknameKey = participant.NicknameKey,
                Reason = Text.TextRules.CleanLine(reason),
                CreatedBy = user.UserId(),
                CreatedAt = now,
            });
        }

        if (removeResponses)
        {
            var activities = await db.Responses.Where(r => r.ParticipantId == participantId).Select(r => r.ActivityId)
                .Union(db.Questions.Where(q => q.AuthorParticipantId == participantId).Select(q => q.ActivityId))
                .Distinct().ToListAsync(ct);
            var voted = await db.QuestionVotes.Where(v => v.ParticipantId == participantId).Select(v => v.QuestionId).ToListAsync(ct);
            await db.QuestionVotes.Where(v => v.ParticipantId == participantId).ExecuteDeleteAsync(ct);
            foreach (var questionId in voted)
            {
                await db.Questions.Where(q => q.Id == questionId).ExecuteUpdateAsync(s => s.SetProperty(q => q.VoteCount, q => q.VoteCount - 1), ct);
            }

            activities.AddRange(await db.Questions.Where(q => voted.Contains(q.Id)).Select(q => q.ActivityId).Distinct().ToListAsync(ct));
            await db.Responses.Where(r => r.ParticipantId == participantId).ExecuteDeleteAsync(ct);
            await db.Questions.Where(q => q.AuthorParticipantId == participantId).ExecuteDeleteAsync(ct);
            scope.Activities.UnionWith(activities);
            scope.Scores.UnionWith(activities);
        }

        HostAccess.Audit(db, session, user, ban ? "ban" : "kick", now, participantId.ToString());
        return (true, scope);
    }
}
