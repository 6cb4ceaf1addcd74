using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Quartet.Live.Data;
using Quartet.Live.Sync;

namespace Quartet.Live.Participants;

/// <summary>A participant's server-sent event stream of changes; it ends when the participant is kicked, banned or re-joins elsewhere.</summary>
public static class StreamAsParticipant
{
    public static void Map(RouteGroupBuilder participant) =>
        participant.MapGet("/stream", async (Guid sid, AuthenticatedParticipant authenticated, SyncResponder responder, HttpContext http) =>
        {
            var caller = authenticated.Caller;
            await responder.StreamAsync(http, caller.State, Viewer.ForParticipant(caller.ParticipantId),
                () => caller.State.RevocationOf(caller.ParticipantId) is not { } r || (r.Status == ParticipantStatus.Active && r.Generation <= caller.Generation));
        }).WithSummary("Stream as participant").WithStreamResponses();
}
