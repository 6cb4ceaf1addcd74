using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Live.Data;
using Quartet.Platform.Accounts;
using Quartet.Platform.Http;

namespace Quartet.Live.Sessions;

/// <summary>The host's own sessions, newest first, optionally of one status.</summary>
public static class ListSessions
{
    public static void Map(RouteGroupBuilder sessions) =>
        sessions.MapGet("", async Task<Ok<PagedList<SessionSummaryView>>> (LiveDb db, ClaimsPrincipal user, PageRequest page, SessionStatus? status, CancellationToken ct) =>
        {
            var me = user.UserId();
            var query = db.Sessions.AsNoTracking().Where(s => s.HostUserId == me);
            if (status is { } wanted)
            {
                query = query.Where(s => s.Status == wanted);
            }

            return TypedResults.Ok(await query.OrderByDescending(s => s.CreatedAt)
                .Select(s => new SessionSummaryView(s.Id, s.Title, s.Code, s.Status, s.Locked, s.IsRehearsal,
                    db.Activities.Count(a => a.SessionId == s.Id), s.CreatedAt, s.StartedAt, s.EndedAt))
                .ToPageAsync(page, ct));
        }).RequireAuthorization(HostAccess.HostOnly);
}
