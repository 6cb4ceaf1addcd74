using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Quartet.Live.Sync;

namespace Quartet.Live.Participants;

/// <summary>A participant's sync (poll / long-poll / 304), answered from memory and rate limited per participant.</summary>
public static class SyncAsParticipant
{
    public static void Map(RouteGroupBuilder participant) =>
        participant.MapGet("/sync", async (Guid sid, AuthenticatedParticipant authenticated, RateLimits limits, SyncResponder responder, HttpContext http) =>
        {
            var caller = authenticated.Caller;
            limits.Sync(caller.ParticipantId);
            await responder.SyncAsync(http, caller.State, Viewer.ForParticipant(caller.ParticipantId), "p:" + caller.ParticipantId);
        }).WithSummary("Sync as participant").WithSyncResponses().ProducesProblem(StatusCodes.Status429TooManyRequests)
            .AfterRoutingUnlessCors(participant);
}
