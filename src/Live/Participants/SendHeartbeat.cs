using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Quartet.Live.Participants;

/// <summary>Keeps a participant counted as online while their screen is open (rate limited like sync).</summary>
public static class SendHeartbeat
{
    public static void Map(RouteGroupBuilder participant) =>
        participant.MapPost("/heartbeat", NoContent (Guid sid, AuthenticatedParticipant authenticated, RateLimits limits) =>
        {
            limits.Sync(authenticated.Caller.ParticipantId);
            return TypedResults.NoContent();
        }).WithSummary("Send heartbeat").ProducesProblem(StatusCodes.Status429TooManyRequests);
}
