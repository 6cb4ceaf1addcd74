using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Quartet.Live.Sync;

namespace Quartet.Live.Sessions;

/// <summary>A new presenter key and its big-screen link; screens opened with the old key are locked out.</summary>
public sealed record PresenterKeyView(string Key, string Link);

/// <summary>Rotates the presenter key (the new key is shown once, in the answer).</summary>
public static class RotatePresenterKey
{
    public static void Map(RouteGroupBuilder session) =>
        session.MapPost("/presenter-key", async Task<Ok<PresenterKeyView>> (Guid id, ClaimsPrincipal user, Publisher publisher, CancellationToken ct) =>
        {
            var (key, hash) = JoinCodes.NewPresenterKey();
            await publisher.RunAsync(id, async (db, now, t) =>
            {
                var session = await HostAccess.OwnedAsync(db, id, user, t);
                session.PresenterKeyHash = hash;
                HostAccess.Audit(db, session, user, "presenter-key", now);
                return (true, ReconcileScope.SessionOnly);
            }, ct);
            return TypedResults.Ok(new PresenterKeyView(key, $"/live/s/{id}/present#key={key}"));
        }).WithSummary("Rotate presenter key");
}
