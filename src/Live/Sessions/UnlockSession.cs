using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Quartet.Live.Common;
using Quartet.Live.Sync;

namespace Quartet.Live.Sessions;

/// <summary>Unlocks a locked session: people may join again (L5).</summary>
public static class UnlockSession
{
    public static void Map(RouteGroupBuilder session) =>
        session.MapPost("/unlock", async Task<Ok<SessionStateView>> (Guid id, ClaimsPrincipal user, Publisher publisher, CancellationToken ct) =>
            TypedResults.Ok(await SessionActions.SetLockAsync(publisher, id, user, false, ct))).ProducesProblem(StatusCodes.Status409Conflict);
}
