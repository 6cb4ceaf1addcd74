using Microsoft.AspNetCore.Routing;

namespace Quartet.Parks.Admin;

/// <summary>The parks.admin endpoints under /api/parks/admin; every write is recorded in the admin audit log.</summary>
public static class AdminApi
{
    public static void Map(RouteGroupBuilder admin)
    {
        ListRuns.Map(admin);
        GetRun.Map(admin);
        ListAdminParks.Map(admin);
        ListAdminParkRides.Map(admin);
        GetParkSchedule.Map(admin);
        EditPark.Map(admin);
        EditRide.Map(admin);
        ManualSchedule.Map(admin);
        ListOverrides.Map(admin);
        CreateOverride.Map(admin);
        DeleteOverride.Map(admin);
        ListMatchReview.Map(admin);
        AcceptMatch.Map(admin);
        DismissMatch.Map(admin);
        ListOpenIssues.Map(admin);
        ResolveIssue.Map(admin);
        ListAdminAudit.Map(admin);
    }
}
