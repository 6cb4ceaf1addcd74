using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Quartet.Live.Common;
using Quartet.Live.Sync;

namespace Quartet.Live.Sessions;

/// <summary>Locks a live session: nobody new may join (L5).</summary>
public static class LockSession
{
    public static void Map(RouteGroupBuilder session) =>
        session.MapPost("/lock", async Task<Ok<SessionStateView>> (Guid id, ClaimsPrincipal user, Publisher publisher, CancellationToken ct) =>
            TypedResults.Ok(await SessionActions.SetLockAsync(publisher, id, user, true, ct))).ProducesProblem(StatusCodes.Status409Conflict);
}
