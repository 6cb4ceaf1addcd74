using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Quartet.Live.Data;
using Quartet.Live.Sessions;

namespace Quartet.Live.Reports;

/// <summary>The session summary (E1) for the owner or a platform admin, partial while live.</summary>
public static class GetSessionSummary
{
    public static void Map(RouteGroupBuilder session) =>
        session.MapGet("/summary", async Task<Ok<SessionSummary>> (Guid id, LiveDb db, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var summary = await HostAccess.OwnedAsync(db, id, user, ct, adminMayRead: true);
            return TypedResults.Ok(await SessionSummaries.SummarizeAsync(db, summary, ct));
        });
}
