using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Quartet.Parks.Common;

namespace Quartet.Parks;

/// <summary>Maps the public reads (cached, rate-limited), the health check and the admin endpoints under /api/parks.</summary>
public static class ParksApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var data = api.MapGroup("").AddEndpointFilter((c, n) => ResponseCache.Filter(c, n, catalogueOnly: false)).RequireRateLimiting(ParksModule.PublicRateLimit);
        Meta.GetMeta.Map(data);
        Rankings.RankParks.Map(data);
        Rankings.RankRides.Map(data);
        Rankings.RankParkWaits.Map(data);
        Rankings.RankRideWaits.Map(data);
        Rankings.GetLiveSummary.Map(data);
        ParkPages.GetPark.Map(data);
        ParkPages.GetParkRides.Map(data);
        ParkPages.GetParkCalendar.Map(data);
        ParkPages.GetParkRideChart.Map(data);
        RidePages.GetRide.Map(data);
        Awards.GetAwards.Map(data);
        Charts.GetChart.Map(data);
        Charts.GetHeatmap.Map(data);
        Audit.GetAudit.Map(data);
        DataQuality.GetDataQuality.Map(data);
        api.MapGroup("").AddEndpointFilter((c, n) => ResponseCache.Filter(c, n, catalogueOnly: true)).RequireRateLimiting(ParksModule.PublicRateLimit)
            .MapGet("/search-index", Meta.GetSearchIndex.Handle).WithSummary("Get search index");
        Meta.GetHealth.Map(api.MapGroup("").RequireRateLimiting(ParksModule.PublicRateLimit));
        Admin.AdminApi.Map(api.MapGroup("/admin").RequireAuthorization(p => p.RequireRole(ParksRoles.Admin)));
    }
}
