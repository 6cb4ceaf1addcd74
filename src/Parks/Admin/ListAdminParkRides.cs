using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Parks.Data;

namespace Quartet.Parks.Admin;

public sealed record AdminRideRow(Guid Id, string Name, int? Tier, string TierSource, string Category, bool IsActive, string? TpwId, int? QtId, int Version);

public sealed record AdminRideList(List<AdminRideRow> Items);

/// <summary>GET /admin/parks/{id}/rides: every ride of a park with its upstream ids and version, by name.</summary>
public static class ListAdminParkRides
{
    public static void Map(RouteGroupBuilder admin) => admin.MapGet("/parks/{id:guid}/rides", async Task<Ok<AdminRideList>> (Guid id, ParksDb db,
        CancellationToken ct) => TypedResults.Ok(new AdminRideList(await db.Rides.AsNoTracking().Where(r => r.ParkId == id).OrderBy(r => r.Name)
            .Select(r => new AdminRideRow(r.Id, r.Name, r.Tier, r.TierSource, r.Category, r.IsActive, r.TpwId, r.QtId, r.Version))
            .ToListAsync(ct)))).WithSummary("List a park's rides for admin");
}
