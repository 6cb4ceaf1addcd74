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

/// <summary>The participant drawer (J9): people in join order with status and presence, searchable by nickname.</summary>
public static class ListParticipants
{
    public static void Map(RouteGroupBuilder session) =>
        session.MapGet("/participants", async Task<Ok<PagedList<SessionParticipantView>>> (
            Guid id, string? q, PageRequest page, LiveDb db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
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
            return TypedResults.Ok(new PagedList<SessionParticipantView>(
                [.. paged.Items.Select(p => new SessionParticipantView(p.Id, p.Nickname, p.Status, p.JoinedAt,
                    p.LastSeenAt >= now.AddSeconds(-30) ? "online" : p.LastSeenAt >= now.AddMinutes(-2) ? "idle" : "gone"))],
                paged.Page, paged.PageSize, paged.Total));
        });
}
