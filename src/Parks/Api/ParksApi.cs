using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Quartet.Parks.Api;

public static class ParksApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var data = api.MapGroup("").AddEndpointFilter((c, n) => ResponseCache.Filter(c, n, catalogueOnly: false)).RequireRateLimiting(ParksModule.PublicRateLimit);
        Meta.Map(data);
        Rankings.Map(data);
        Waits.Map(data);
        LiveSummary.Map(data);
        ParkDetail.Map(data);
        RideDetail.Map(data);
        Awards.Map(data);
        Charts.Map(data);
        Audit.Map(data);
        DataQuality.Map(data);
        api.MapGroup("").AddEndpointFilter((c, n) => ResponseCache.Filter(c, n, catalogueOnly: true)).RequireRateLimiting(ParksModule.PublicRateLimit)
            .MapGet("/search-index", SearchIndex.Handle);
        Health.Map(api.MapGroup("").RequireRateLimiting(ParksModule.PublicRateLimit));
        Parks.Admin.AdminApi.Map(api.MapGroup("/admin").RequireAuthorization(p => p.RequireRole(ParksRoles.Admin)));
    }
}
