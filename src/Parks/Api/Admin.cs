using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Parks.Aggregation;
using Quartet.Parks.Collection;
using Quartet.Parks.Data;
using Quartet.Parks.Domain;
using Quartet.Platform.Http;

namespace Quartet.Parks.Api;

public sealed class RidePatch
{
    [Range(1, 3)]
    public int? Tier { get; init; }

    /// <summary>Set to true to clear the tier (unclassified).</summary>
    public bool? ClearTier { get; init; }

    public string? Category { get; init; }

    public bool? IsActive { get; init; }
}

/// <summary>parks.admin: run log, and ride edits with If-Match (412 on a stale version, 428 without one).</summary>
public static class Admin
{
    public static void Map(RouteGroupBuilder admin)
    {
        admin.MapGet("/runs", async (ParksDb db, PageRequest page, CancellationToken ct) =>
            TypedResults.Ok(await db.Runs.AsNoTracking().OrderByDescending(r => r.StartedAt).ToPageAsync(page, ct)));
        admin.MapGet("/runs/{id:guid}", async (Guid id, ParksDb db, CancellationToken ct) =>
        {
            var run = await db.Runs.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new ProblemException(404, "RUN_NOT_FOUND", "No such run.");
            var parks = await db.Parks.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, ct);
            var results = await db.ParkResults.AsNoTracking().Where(r => r.RunId == id).ToListAsync(ct);
            return TypedResults.Ok(new { run, parks = results.Select(r => new { r.ParkId, parkName = parks.GetValueOrDefault(r.ParkId), r.Outcome, r.SourceUsed, r.Attempts, r.DurationMs, r.HttpStatus, r.ErrorCode }) });
        });
        admin.MapPatch("/rides/{id:guid}", PatchRide);
    }

    private static async Task<IResult> PatchRide(Guid id, RidePatch body, HttpContext http, ParksDb db, Rollups rollups, ReportingZone zone, TimeProvider clock,
        CancellationToken ct)
    {
        var ifMatch = http.Request.Headers.IfMatch.ToString().Trim('"', ' ', 'W', '/');
        if (string.IsNullOrEmpty(ifMatch))
        {
            throw new ProblemException(428, "PRECONDITION_REQUIRED", "Send If-Match with the ride's version.");
        }

        if (body.Category is not null && !RideCategories.All.Contains(body.Category))
        {
            return Problems.Validation("category", $"Must be one of {string.Join(", ", RideCategories.All)}.");
        }

        var ride = await db.Rides.FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new ProblemException(404, "RIDE_NOT_FOUND", "No such ride.");
        if (!int.TryParse(ifMatch, out var expected) || expected != ride.Version)
        {
            throw new ProblemException(412, "PRECONDITION_FAILED", "The ride changed since you loaded it.");
        }

        if (body.Tier is not null || body.ClearTier == true)
        {
            ride.Tier = body.ClearTier == true ? null : body.Tier;
            ride.TierSource = "manual";
        }

        ride.Category = body.Category ?? ride.Category;
        ride.IsActive = body.IsActive ?? ride.IsActive;
        ride.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ProblemException(412, "PRECONDITION_FAILED", "The ride changed since you loaded it.");
        }

        // Today's rollups use the current catalogue at once; earlier days change only through an explicit recompute.
        var park = await db.Parks.AsNoTracking().FirstAsync(p => p.Id == ride.ParkId, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        await Platform.Data.Transactions.InTransactionAsync(db, async c =>
        {
            await rollups.LockParkAsync(db, park.Id, c);
            await rollups.RecomputeAsync(db, park, zone.LocalDateOf(now), now, finalise: false, c);
        }, ct);
        await DataVersions.CatalogueChangedAsync(db, ct);
        http.Response.Headers.ETag = $"\"{ride.Version}\"";
        return TypedResults.Ok(new { ride.Id, ride.Name, ride.Tier, ride.TierSource, ride.Category, ride.IsActive, ride.Version });
    }
}
