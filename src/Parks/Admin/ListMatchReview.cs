using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Parks.Data;
using Quartet.Platform.Http;

namespace Quartet.Parks.Admin;

public sealed record MatchReviewItem(Guid Id, string Source, string EntityType, string ExternalId, string ExternalName, Guid? ParkId, string? ParkName,
    Guid? BestTargetId, string? BestTargetName, double Score, string Status);

public sealed record MatchReviewPage(IEnumerable<MatchReviewItem> Items, int Page, int PageSize, int Total);

/// <summary>GET /admin/match-review: the pending upstream entities discovery could not link on its own, best score first.</summary>
public static class ListMatchReview
{
    public static void Map(RouteGroupBuilder admin) => admin.MapGet("/match-review", Handle).WithSummary("List match review candidates");

    private static async Task<Ok<MatchReviewPage>> Handle(ParksDb db, PageRequest page, CancellationToken ct)
    {
        var result = await db.Candidates.AsNoTracking().Where(c => c.Status == "pending").OrderByDescending(c => c.Score).ThenBy(c => c.ExternalName)
            .ToPageAsync(page, ct);
        var parkIds = result.Items.Select(c => c.ParkId).Concat(result.Items.Where(c => c.EntityType == "park").Select(c => c.BestTargetId)).OfType<Guid>().ToList();
        var rideIds = result.Items.Where(c => c.EntityType == "ride").Select(c => c.BestTargetId).OfType<Guid>().ToList();
        var parks = await db.Parks.AsNoTracking().Where(p => parkIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var rides = await db.Rides.AsNoTracking().Where(r => rideIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, ct);
        return TypedResults.Ok(new MatchReviewPage(
            result.Items.Select(c => new MatchReviewItem(
                c.Id,
                c.Source,
                c.EntityType,
                c.ExternalId,
                c.ExternalName,
                c.ParkId,
                c.ParkId is { } p ? parks.GetValueOrDefault(p) : null,
                c.BestTargetId,
                c.BestTargetId is { } t ? (c.EntityType == "park" ? parks.GetValueOrDefault(t) : rides.GetValueOrDefault(t)) : null,
                c.Score,
                c.Status)),
            result.Page,
            result.PageSize,
            result.Total));
    }
}
