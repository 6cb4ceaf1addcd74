using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Live.Sessions;
using Quartet.Live.Sync;
using Quartet.Platform.Http;

namespace Quartet.Live.Activities;

public sealed class OrderRequest
{
    [Required]
    public List<Guid> Ids { get; init; } = [];
}

/// <summary>Puts the session's activities in the order given (every id exactly once).</summary>
public static class ReorderActivities
{
    public static void Map(RouteGroupBuilder session) =>
        session.MapPut("/activities/order", async Task<NoContent> (Guid id, OrderRequest request, ClaimsPrincipal user, Publisher publisher, CancellationToken ct) =>
        {
            await publisher.RunAsync(id, async (db, now, t) =>
            {
                var session = await HostAccess.OwnedAsync(db, id, user, t);
                var activities = await db.Activities.Where(a => a.SessionId == id).ToListAsync(t);
                if (request.Ids.Count != activities.Count || request.Ids.Distinct().Count() != activities.Count || request.Ids.Any(i => activities.All(a => a.Id != i)))
                {
                    throw new ProblemException(400, "BAD_ORDER", "Send every activity id of the session exactly once.");
                }

                for (var i = 0; i < request.Ids.Count; i++)
                {
                    activities.Single(a => a.Id == request.Ids[i]).Position = i;
                }

                session.Revision++;
                return (true, ReconcileScope.SessionOnly);
            }, ct);
            return TypedResults.NoContent();
        });
}
