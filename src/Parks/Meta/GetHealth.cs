using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Quartet.Parks.Common;

namespace Quartet.Parks.Meta;

/// <summary>GET /health: collection freshness; 503 with the same body when unhealthy.</summary>
public static class GetHealth
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/health", async Task<Results<Ok<HealthView>, JsonHttpResult<HealthView>>> (ReadModel read,
        CancellationToken ct) =>
    {
        var health = await read.HealthAsync(ct);
        return health.Status == "unhealthy" ? TypedResults.Json(health, statusCode: StatusCodes.Status503ServiceUnavailable) : TypedResults.Ok(health);
    }).Produces<HealthView>(StatusCodes.Status503ServiceUnavailable);
}
