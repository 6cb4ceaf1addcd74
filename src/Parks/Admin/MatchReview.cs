using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Quartet.Parks.Data;
using Quartet.Platform.Http;

namespace Quartet.Parks.Admin;

/// <summary>
/// GET /admin/match-review and POST …/{id}/accept | …/{id}/dismiss: the upstream entities discovery could not link on its
/// own. Accepting creates a map override to the suggested entity; dismissing lets the next discovery import it unlinked.
/// </summary>
public static class MatchReview
{
    public static async Task<IResult> List(ParksDb db, PageRequest page, CancellationToken ct)
    {
        var result = await db.Candidates.AsNoTracking().Where(c => c.Status == "pending").OrderByDescending(c => c.Score).ThenBy(c => c.ExternalName)
            .ToPageAsync(page, ct);
        var parkIds = result.Items.Select(c => c.ParkId).Concat(result.Items.Where(c => c.EntityType == "park").Select(c => c.BestTargetId)).OfType<Guid>().ToList();
        var rideIds = result.Items.Where(c => c.EntityType == "ride").Select(c => c.BestTargetId).OfType<Guid>().ToList();
        var parks = await db.Parks.AsNoTracking().Where(p => parkIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var rides = await db.Rides.AsNoTracking().Where(r => rideIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, ct);
        return TypedResults.Ok(new
        {
            items = result.Items.Select(c => new
            {
                c.Id,
                c.Source,
                c.EntityType,
                c.ExternalId,
                c.ExternalName,
                c.ParkId,
                parkName = c.ParkId is { } p ? parks.GetValueOrDefault(p) : null,
                c.BestTargetId,
                bestTargetName = c.BestTargetId is { } t ? (c.EntityType == "park" ? parks.GetValueOrDefault(t) : rides.GetValueOrDefault(t)) : null,
                c.Score,
                c.Status,
            }),
            result.Page,
            result.PageSize,
            result.Total,
        });
    }

    public static async Task<IResult> Accept(Guid id, HttpContext http, ParksDb db, TimeProvider clock, CancellationToken ct)
    {
        var candidate = await Pending(db, id, ct);
        if (candidate.BestTargetId is not { } target)
        {
            throw new ProblemException(409, "NO_SUGGESTED_TARGET", "This candidate has no suggested entity; create a map override instead.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        candidate.Status = "accepted";
        var created = await Overrides.CreateAsync(db, http, now, candidate.Source, candidate.EntityType, candidate.ExternalId, "map", target,
            $"Accepted match review ({candidate.Score:0.000}).", ct);
        return TypedResults.Ok(new { candidate.Id, candidate.Status, overrideId = created.Id });
    }

    public static async Task<IResult> Dismiss(Guid id, HttpContext http, ParksDb db, TimeProvider clock, CancellationToken ct)
    {
        var candidate = await Pending(db, id, ct);
        candidate.Status = "dismissed";
        AdminSupport.Record(db, http, clock.GetUtcNow().UtcDateTime, "match.dismiss", "candidate", candidate.Id, new { status = "pending" }, new { status = "dismissed" });
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new { candidate.Id, candidate.Status });
    }

    private static async Task<MatchCandidate> Pending(ParksDb db, Guid id, CancellationToken ct)
    {
        var candidate = await db.Candidates.FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new ProblemException(404, "CANDIDATE_NOT_FOUND", "No such candidate.");
        return candidate.Status == "pending" ? candidate : throw new ProblemException(409, "CANDIDATE_CLOSED", $"The candidate is already {candidate.Status}.");
    }
}
