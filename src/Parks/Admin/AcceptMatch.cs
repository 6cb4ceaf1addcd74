using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Quartet.Parks.Collection;
using Quartet.Parks.Data;
using Quartet.Platform.Http;

namespace Quartet.Parks.Admin;

public sealed record AcceptedMatch(Guid Id, string Status, Guid OverrideId);

/// <summary>POST /admin/match-review/{id}/accept: creates a map override to the suggested entity.</summary>
public static class AcceptMatch
{
    public static void Map(RouteGroupBuilder admin) => admin.MapPost("/match-review/{id:guid}/accept", Handle).WithSummary("Accept a match review candidate");

    private static async Task<Ok<AcceptedMatch>> Handle(Guid id, HttpContext http, ParksDb db, DataVersions versions, TimeProvider clock, CancellationToken ct)
    {
        var candidate = await MatchCandidates.PendingAsync(db, id, ct);
        if (candidate.BestTargetId is not { } target)
        {
            throw new ProblemException(409, "NO_SUGGESTED_TARGET", "This candidate has no suggested entity; create a map override instead.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        candidate.Status = "accepted";
        var created = await SourceOverrides.CreateAsync(db, versions, http, now, candidate.Source, candidate.EntityType, candidate.ExternalId, "map", target,
            $"Accepted match review ({candidate.Score:0.000}).", ct);
        return TypedResults.Ok(new AcceptedMatch(candidate.Id, candidate.Status, created.Id));
    }
}
