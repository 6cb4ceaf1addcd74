using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Parks.Data;
using Quartet.Platform.Http;

namespace Quartet.Parks.Admin;

/// <summary>The parks.admin endpoints under /api/parks/admin; every write is recorded in the admin audit log.</summary>
public static class AdminApi
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
        admin.MapGet("/parks", async (ParksDb db, CancellationToken ct) => TypedResults.Ok(new
        {
            items = await db.Parks.AsNoTracking().OrderBy(p => p.Name)
                .Select(p => new { p.Id, p.Slug, p.Name, p.Brand, StatusModel = p.StatusModel.ToString(), p.City, p.Region, p.TimeZone, p.IsActive, p.TpwId, p.QtId, p.Version })
                .ToListAsync(ct),
        }));
        admin.MapGet("/parks/{id:guid}/rides", async (Guid id, ParksDb db, CancellationToken ct) => TypedResults.Ok(new
        {
            items = await db.Rides.AsNoTracking().Where(r => r.ParkId == id).OrderBy(r => r.Name)
                .Select(r => new { r.Id, r.Name, r.Tier, r.TierSource, r.Category, r.IsActive, r.TpwId, r.QtId, r.Version })
                .ToListAsync(ct),
        }));
        admin.MapGet("/parks/{id:guid}/schedule/{date}", async (Guid id, DateOnly date, ParksDb db, CancellationToken ct) => TypedResults.Ok(new
        {
            items = await db.Schedules.AsNoTracking().Where(s => s.ParkId == id && s.LocalDate == date).OrderBy(s => s.Origin).ThenBy(s => s.OpensAt)
                .Select(s => new { s.Type, s.OpensAt, s.ClosesAt, s.Origin }).ToListAsync(ct),
        }));
        admin.MapPatch("/parks/{id:guid}", EditPark.Handle);
        admin.MapPatch("/rides/{id:guid}", EditRide.Handle);
        admin.MapPut("/parks/{id:guid}/schedule/{date}", ManualSchedule.Handle);
        admin.MapGet("/overrides", Overrides.List);
        admin.MapPost("/overrides", Overrides.Create);
        admin.MapDelete("/overrides/{id:guid}", Overrides.Delete);
        admin.MapGet("/match-review", MatchReview.List);
        admin.MapPost("/match-review/{id:guid}/accept", MatchReview.Accept);
        admin.MapPost("/match-review/{id:guid}/dismiss", MatchReview.Dismiss);
        admin.MapGet("/data-quality", async (ParksDb db, PageRequest page, CancellationToken ct) =>
            TypedResults.Ok(await db.Issues.AsNoTracking().Where(i => i.ResolvedAt == null).OrderByDescending(i => i.LastSeenAt).ToPageAsync(page, ct)));
        admin.MapPost("/data-quality/{id:guid}/resolve", ResolveIssue.Handle);
        admin.MapGet("/audit-log", async (ParksDb db, PageRequest page, CancellationToken ct) =>
            TypedResults.Ok(await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.At).ToPageAsync(page, ct)));
    }
}
