using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Parks.Aggregation;
using Quartet.Parks.Collection;
using Quartet.Parks.Data;
using Quartet.Parks.Domain;
using Quartet.Platform.Http;

namespace Quartet.Parks.Admin;

public sealed class RidePatch
{
    [Range(1, 3)]
    public int? Tier { get; init; }

    /// <summary>Set to true to clear the tier (unclassified).</summary>
    public bool? ClearTier { get; init; }

    public string? Category { get; init; }

    public bool? IsActive { get; init; }
}

public sealed record RideSettings(Guid Id, string Name, int? Tier, string TierSource, string Category, bool IsActive, int Version);

/// <summary>PATCH /admin/rides/{id}: tier, category, active, with If-Match; the tier becomes manual and is never overwritten by discovery.</summary>
public static class EditRide
{
    public static void Map(RouteGroupBuilder admin) => admin.MapPatch("/rides/{id:guid}", Handle);

    private static async Task<Results<Ok<RideSettings>, ValidationProblem>> Handle(Guid id, RidePatch body, HttpContext http, ParksDb db, DataVersions versions, Rollups rollups,
        ReportingZone zone, TimeProvider clock, CancellationToken ct)
    {
        if (body.Category is not null && !RideCategories.All.Contains(body.Category))
        {
            return Problems.Validation("category", $"Must be one of {string.Join(", ", RideCategories.All)}.");
        }

        var ride = await db.Rides.FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new ProblemException(404, "RIDE_NOT_FOUND", "No such ride.");
        AdminSupport.RequireCurrentVersion(http, ride.Version, "ride");
        var before = Snapshot(ride);
        if (body.Tier is not null || body.ClearTier == true)
        {
            ride.Tier = body.ClearTier == true ? null : body.Tier;
            ride.TierSource = "manual";
        }

        ride.Category = body.Category ?? ride.Category;
        ride.IsActive = body.IsActive ?? ride.IsActive;
        ride.Version++;
        return await AdminSupport.CommitEditAsync(db, versions, http, rollups, zone, clock.GetUtcNow().UtcDateTime, "ride", ride.Id, ride.ParkId, ride.Version,
            before, Snapshot(ride), ct);
    }

    private static RideSettings Snapshot(Ride r) => new(r.Id, r.Name, r.Tier, r.TierSource, r.Category, r.IsActive, r.Version);
}
