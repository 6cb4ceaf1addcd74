using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Quartet.Live.Common;
using Quartet.Live.Data;

namespace Quartet.Live.Sessions;

/// <summary>The session's definition with its revision as the ETag (for If-Match on edits).</summary>
public static class GetSession
{
    public static void Map(RouteGroupBuilder sessions) =>
        sessions.MapGet("/{id:guid}", async Task<Ok<SessionView>> (Guid id, LiveDb db, ClaimsPrincipal user, HttpContext http, CancellationToken ct) =>
        {
            var session = await HostAccess.OwnedAsync(db, id, user, ct);
            http.Response.Headers.ETag = DefinitionRevisions.SessionTag(session.Revision);
            return TypedResults.Ok(await SessionView.LoadAsync(db, session, ct));
        });
}
