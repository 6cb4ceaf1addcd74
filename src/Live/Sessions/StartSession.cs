using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartet.Live.Common;
using Quartet.Live.Data;
using Quartet.Live.Sync;
using Quartet.Platform.Http;

namespace Quartet.Live.Sessions;

/// <summary>Starts a draft (L1): it goes live in the lobby; it needs an activity and stays within the host's live-session limit.</summary>
public static class StartSession
{
    public static void Map(RouteGroupBuilder session) =>
        session.MapPost("/start", async Task<Ok<SessionStateView>> (Guid id, ClaimsPrincipal user, Publisher publisher, IOptions<LiveOptions> options, CancellationToken ct) =>
            TypedResults.Ok(await SessionActions.RunAsync(publisher, id, user, "start", async (db, session, now, t) =>
            {
                if (session.Status != SessionStatus.Draft || session.IsRehearsal)
                {
                    throw new ProblemException(409, "INVALID_TRANSITION", "Only a draft can start.");
                }

                if (!await db.Activities.AnyAsync(a => a.SessionId == id, t))
                {
                    throw new ProblemException(422, "NO_ACTIVITIES", "Add at least one activity first.");
                }

                var live = await db.Sessions.CountAsync(s => s.HostUserId == session.HostUserId && s.Status == SessionStatus.Live, t);
                if (live >= options.Value.MaxLiveSessionsPerHost)
                {
                    throw new ProblemException(422, "LIVE_SESSION_LIMIT", $"At most {options.Value.MaxLiveSessionsPerHost} live sessions at once.");
                }

                session.Status = SessionStatus.Live;
                session.Screen = SessionScreen.Lobby;
                session.CurrentActivityId = null;
                session.StartedAt = now;
                return ReconcileScope.SessionOnly;
            }, ct))).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
