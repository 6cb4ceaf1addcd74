using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Live.Data;
using Quartet.Platform.Data;

namespace Quartet.Live.Sessions;

/// <summary>A new draft with the same settings and activities (no answers), titled "… (copy)".</summary>
public static class DuplicateSession
{
    public static void Map(RouteGroupBuilder sessions) =>
        sessions.MapPost("/{id:guid}/duplicate", async Task<Created<SessionView>> (Guid id, LiveDb db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var copy = await db.InTransactionAsync(async t =>
            {
                var source = await HostAccess.OwnedAsync(db, id, user, t);
                var activities = await db.Activities.AsNoTracking().Where(a => a.SessionId == id).OrderBy(a => a.Position).ToListAsync(t);
                var (_, keyHash) = JoinCodes.NewPresenterKey();
                var session = new LiveSession
                {
                    Id = Guid.CreateVersion7(),
                    HostUserId = source.HostUserId,
                    Title = source.Title.Length <= 113 ? source.Title + " (copy)" : source.Title,
                    Description = source.Description,
                    Code = await JoinCodes.NewAsync(db, now, t),
                    Status = SessionStatus.Draft,
                    Screen = SessionScreen.Lobby,
                    MaxParticipants = source.MaxParticipants,
                    JoinRatePerSecond = source.JoinRatePerSecond,
                    ProfanityFilter = source.ProfanityFilter,
                    ExtraBlockedWords = source.ExtraBlockedWords,
                    PresenterKeyHash = keyHash,
                    Version = 1,
                    CreatedAt = now,
                    LastActionAt = now,
                };
                db.Sessions.Add(session);
                foreach (var a in activities)
                {
                    db.Activities.Add(new Activity
                    {
                        Id = Guid.CreateVersion7(),
                        SessionId = session.Id,
                        Position = a.Position,
                        Type = a.Type,
                        Title = a.Title,
                        Config = a.Config,
                        State = ActivityState.Pending,
                        ResultsMode = a.ResultsMode,
                        TimeLimitSeconds = a.TimeLimitSeconds,
                        CloseGraceSeconds = a.CloseGraceSeconds,
                        Identified = a.Identified,
                    });
                }

                return session;
            }, ct);
            return TypedResults.Created($"/api/live/sessions/{copy.Id}", await SessionView.LoadAsync(db, copy, ct));
        });
}
