using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Live.Data;
using Quartet.Live.Sessions;

namespace Quartet.Live.Moderation;

/// <summary>A session's bans, oldest first.</summary>
public static class ListBans
{
    public static void Map(RouteGroupBuilder session) =>
        session.MapGet("/bans", async Task<Ok<List<BanView>>> (Guid id, LiveDb db, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await HostAccess.OwnedAsync(db, id, user, ct);
            return TypedResults.Ok(await db.Bans.AsNoTracking().Where(b => b.SessionId == id).OrderBy(b => b.CreatedAt)
                .Select(b => new BanView(b.Id, b.ParticipantId, db.Participants.Where(p => p.Id == b.ParticipantId).Select(p => p.Nickname).FirstOrDefault(), b.Reason, b.CreatedAt))
                .ToListAsync(ct));
        });
}
