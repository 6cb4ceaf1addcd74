using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Live.Data;
using Quartet.Live.Sessions;
using Quartet.Live.Sync;
using Quartet.Platform.Http;

namespace Quartet.Live.Moderation;

/// <summary>A host decision on an open-text entry (A6): approve or hide; published at once.</summary>
public static class ModerateEntry
{
    public static void Map(RouteGroupBuilder session) =>
        session.MapPost("/entries/{rid:guid}/{action:regex(^(approve|hide)$)}", async Task<Ok<EntryDecisionView>> (
            Guid id, Guid rid, string action, ClaimsPrincipal user, Publisher publisher, CancellationToken ct) =>
        {
            var entry = await publisher.RunAsync(id, async (db, now, t) =>
            {
                var session = await HostAccess.OwnedAsync(db, id, user, t);
                var r = await db.Responses.SingleOrDefaultAsync(x => x.Id == rid && x.SessionId == id, t)
                    ?? throw new ProblemException(404, "ENTRY_NOT_FOUND", "No such entry.");
                var target = action == "approve" ? EntryModeration.Visible : EntryModeration.Hidden;
                if (r.Moderation == target)
                {
                    throw new ProblemException(409, "INVALID_TRANSITION", $"The entry is already {target}.");
                }

                r.Moderation = target;
                HostAccess.Audit(db, session, user, "entry-" + action, now, rid.ToString());
                return (r, ReconcileScope.ForActivity(r.ActivityId));
            }, ct);
            return TypedResults.Ok(new EntryDecisionView(entry.Id, entry.Moderation));
        }).WithSummary("Moderate entry").ProducesProblem(StatusCodes.Status409Conflict);
}
