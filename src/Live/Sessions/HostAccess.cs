using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Quartet.Live.Data;
using Quartet.Platform.Accounts;
using Quartet.Platform.Http;

namespace Quartet.Live.Sessions;

public static class HostAccess
{
    public const string HostRole = "live.host";
    public const string AdminRole = "admin";

    /// <summary>Only hosts: for calls the platform admin may not make even where the group lets admins in.</summary>
    public static readonly Action<Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder> HostOnly = p => p.RequireRole(HostRole);

    /// <summary>The session, if the caller owns it (or, with <paramref name="adminMayRead"/>, is a platform admin).</summary>
    public static async Task<LiveSession> OwnedAsync(LiveDb db, Guid sessionId, ClaimsPrincipal user, CancellationToken ct, bool adminMayRead = false)
    {
        var session = await db.Sessions.SingleOrDefaultAsync(s => s.Id == sessionId, ct)
            ?? throw new ProblemException(404, "SESSION_NOT_FOUND", "No such session.");
        if (session.HostUserId != user.UserId() && !(adminMayRead && user.IsInRole(AdminRole)))
        {
            throw new ProblemException(403, "NOT_OWNER", "Only the session's host may do this.");
        }

        return session;
    }

    public static void EnsureNotEnded(LiveSession session)
    {
        if (session.Status == SessionStatus.Ended)
        {
            throw new ProblemException(409, "SESSION_ENDED", "The session has ended.");
        }
    }

    public static void Audit(LiveDb db, LiveSession session, ClaimsPrincipal user, string action, DateTime now, string? detail = null) =>
        db.Audit.Add(new AuditEntry { Id = Guid.CreateVersion7(), SessionId = session.Id, ActorUserId = user.UserId(), Action = action, Detail = detail, At = now });
}
