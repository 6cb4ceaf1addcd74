using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Quartet.Parks.Common;

namespace Quartet.Parks.Rankings;

public sealed record LiveSummary(Dictionary<string, int> Counts, int Total, DateTime? AsOf, IReadOnlyList<Attribution> Attribution);

/// <summary>GET /live/summary: display-status counts now; DOWN equals the rides in the live shame numerators.</summary>
public static class GetLiveSummary
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/live/summary", async Task<Ok<LiveSummary>> (ReadModel read, string? park, CancellationToken ct) =>
    {
        Guid? parkId = null;
        if (!string.IsNullOrEmpty(park))
        {
            parkId = (await ParkLookup.FindParkAsync(read, park, ct)).Id;
        }

        var live = await read.LiveCountsAsync(parkId, ct);
        return TypedResults.Ok(new LiveSummary(live.Counts, live.Total, await read.DataAsOfAsync(ct), Views.Credits));
    }).ProducesProblem(StatusCodes.Status404NotFound);
}
