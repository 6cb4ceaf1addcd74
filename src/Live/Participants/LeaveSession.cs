using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Live.Data;

namespace Quartet.Live.Participants;

/// <summary>A participant leaves: they count as gone at once and their cookie is cleared (their answers stay).</summary>
public static class LeaveSession
{
    public static void Map(RouteGroupBuilder participant) =>
        participant.MapPost("/leave", async Task<NoContent> (
            Guid sid, AuthenticatedParticipant authenticated, PresenceTracker presence, LiveDb db, TimeProvider clock, HttpContext http, CancellationToken ct) =>
        {
            var caller = authenticated.Caller;
            presence.Forget(caller.ParticipantId);
            var gone = clock.GetUtcNow().UtcDateTime.AddMinutes(-3);
            await db.Participants.Where(p => p.Id == caller.ParticipantId).ExecuteUpdateAsync(s => s.SetProperty(p => p.LastSeenAt, gone), ct);
            ParticipantAuth.ClearCookie(http, sid);
            return TypedResults.NoContent();
        }).WithSummary("Leave session");
}
