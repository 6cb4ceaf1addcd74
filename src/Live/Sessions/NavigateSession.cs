using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Quartet.Live.Common;
using Quartet.Live.Sync;

namespace Quartet.Live.Sessions;

public sealed class NavigateRequest
{
    /// <summary><c>next</c>, <c>previous</c>, <c>lobby</c>, <c>end</c> or an activity id.</summary>
    [Required]
    public string To { get; init; } = "";
}

/// <summary>Moves the session's screen (L2–L4): next, previous, lobby, end or a given activity.</summary>
public static class NavigateSession
{
    public static void Map(RouteGroupBuilder session) =>
        session.MapPost("/navigate", async Task<Ok<SessionStateView>> (Guid id, NavigateRequest request, ClaimsPrincipal user, Publisher publisher, CancellationToken ct) =>
            TypedResults.Ok(await SessionActions.RunAsync(publisher, id, user, null, (db, session, now, t) => Navigation.MoveAsync(db, session, request.To, now, t), ct)))
            .ProducesProblem(StatusCodes.Status409Conflict);
}
