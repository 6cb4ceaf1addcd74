using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Live.Common;
using Quartet.Live.Data;
using Quartet.Live.Sessions;
using Quartet.Live.Sync;
using Quartet.Platform.Http;

namespace Quartet.Live.Rehearsal;

public sealed class RehearsalRequest
{
    [Range(0, Rehearsals.MaxBots)]
    public int Bots { get; init; }
}

/// <summary>Starts a rehearsal of a draft with simulated participants answering at random (<see cref="RehearsalBots"/>).</summary>
public static class StartRehearsal
{
    public static void Map(RouteGroupBuilder session) =>
        session.MapPost("/rehearsal", async Task<Ok<SessionStateView>> (Guid id, RehearsalRequest request, ClaimsPrincipal user, Publisher publisher, CancellationToken ct) =>
            TypedResults.Ok(await SessionActions.RunAsync(publisher, id, user, "rehearsal-start", async (db, session, now, t) =>
            {
                Rehearsals.EnsureDraft(session);
                if (session.IsRehearsal)
                {
                    throw new ProblemException(409, "REHEARSAL_RUNNING", "A rehearsal is already running; stop it first.");
                }

                if (!await db.Activities.AnyAsync(a => a.SessionId == id, t))
                {
                    throw new ProblemException(422, "NO_ACTIVITIES", "Add at least one activity first.");
                }

                session.IsRehearsal = true;
                session.Screen = SessionScreen.Lobby;
                session.CurrentActivityId = null;
                var scope = new ReconcileScope { Presence = true };
                for (var i = 1; i <= request.Bots; i++)
                {
                    var bot = new Participant
                    {
                        Id = Guid.CreateVersion7(),
                        SessionId = id,
                        Nickname = $"Bot {i}",
                        NicknameKey = $"bot {i}",
                        RecoveryCodeHash = "",
                        IsBot = true,
                        JoinedAt = now,
                        LastSeenAt = now,
                    };
                    db.Participants.Add(bot);
                    scope.Participants.Add(bot.Id);
                }

                return scope;
            }, ct))).WithSummary("Start rehearsal").ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
