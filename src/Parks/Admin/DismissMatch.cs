using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Quartet.Parks.Data;

namespace Quartet.Parks.Admin;

public sealed record DismissedMatch(Guid Id, string Status);

/// <summary>POST /admin/match-review/{id}/dismiss: the next discovery imports the entity unlinked.</summary>
public static class DismissMatch
{
    public static void Map(RouteGroupBuilder admin) => admin.MapPost("/match-review/{id:guid}/dismiss", Handle).WithSummary("Dismiss a match review candidate");

    private static async Task<Ok<DismissedMatch>> Handle(Guid id, HttpContext http, ParksDb db, TimeProvider clock, CancellationToken ct)
    {
        var candidate = await MatchCandidates.PendingAsync(db, id, ct);
        candidate.Status = "dismissed";
        AdminSupport.Record(db, http, clock.GetUtcNow().UtcDateTime, "match.dismiss", "candidate", candidate.Id, new { status = "pending" }, new { status = "dismissed" });
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new DismissedMatch(candidate.Id, candidate.Status));
    }
}
