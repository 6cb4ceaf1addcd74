using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Live.Data;
using Quartet.Live.Sync;

namespace Quartet.Live.Operations;

/// <summary>GET /api/live/health (P4): database, listener lag, live sessions, held connections; 503 when unhealthy.</summary>
public static class LiveHealth
{
    /// <summary>Live's health: <c>healthy</c> when the database answers and the change listener lags under 5 s.</summary>
    public sealed record LiveHealthView(string Status, string Database, long ListenerLagMs, int? LiveSessions, int HeldConnections, int LoadedSessions);

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/health", async Task<Results<Ok<LiveHealthView>, JsonHttpResult<LiveHealthView>>> (LiveDb db, ChangeListener listener, SyncHub hub, TimeProvider clock, CancellationToken ct) =>
        {
            var lag = clock.GetUtcNow().UtcDateTime - listener.LastRefreshAt;
            int? live = null;
            var database = "ok";
            try
            {
                live = await db.Sessions.CountAsync(s => s.Status == SessionStatus.Live, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                database = "unreachable";
            }

            var healthy = database == "ok" && lag < TimeSpan.FromSeconds(5);
            var body = new LiveHealthView(healthy ? "healthy" : "unhealthy", database, (long)lag.TotalMilliseconds, live, hub.HeldConnections, hub.Loaded.Count);
            return healthy ? TypedResults.Ok(body) : TypedResults.Json(body, statusCode: StatusCodes.Status503ServiceUnavailable);
        }).Produces<LiveHealthView>(StatusCodes.Status503ServiceUnavailable).AllowAnonymous();
}
