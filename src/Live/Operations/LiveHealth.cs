using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Live.Data;
using Quartet.Live.Sync;

namespace Quartet.Live.Operations;

/// <summary>GET /api/live/health (P4): database, listener lag, live sessions, held connections; 503 when unhealthy.</summary>
public static class LiveHealth
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/health", async (LiveDb db, ChangeListener listener, SyncHub hub, TimeProvider clock, CancellationToken ct) =>
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
            var body = new
            {
                Status = healthy ? "healthy" : "unhealthy",
                Database = database,
                ListenerLagMs = (long)lag.TotalMilliseconds,
                LiveSessions = live,
                HeldConnections = hub.HeldConnections,
                LoadedSessions = hub.Loaded.Count,
            };
            return healthy ? Results.Ok(body) : Results.Json(body, statusCode: StatusCodes.Status503ServiceUnavailable);
        }).AllowAnonymous();
}
