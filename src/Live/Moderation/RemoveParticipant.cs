using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Quartet.Live.Common;
using Quartet.Live.Sync;

namespace Quartet.Live.Moderation;

public sealed class RemoveRequest
{
    public bool RemoveResponses { get; init; }

    [StringLength(200)]
    public string? Reason { get; init; }
}

/// <summary>Kicks a participant, or bans them (kick + block the id and nickname key; J9, J10).</summary>
public static class RemoveParticipant
{
    public static void Map(RouteGroupBuilder session) =>
        session.MapPost("/participants/{pid:guid}/{action:regex(^(kick|ban)$)}", async Task<NoContent> (
            Guid id, Guid pid, string action, RemoveRequest? request, ClaimsPrincipal user, Publisher publisher, CancellationToken ct) =>
        {
            await publisher.RunAsync(id, (db, now, t) =>
                ParticipantRemoval.RemoveAsync(db, id, pid, action == "ban", request?.RemoveResponses ?? false, request?.Reason, user, now, t), ct);
            return TypedResults.NoContent();
        }).WithSummary("Kick or ban participant");
}
