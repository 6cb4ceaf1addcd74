using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Parks.Data;
using Quartet.Platform.Http;

namespace Quartet.Parks.Admin;

/// <summary>GET /admin/runs: collection and aggregation runs, newest first.</summary>
public static class ListRuns
{
    public static void Map(RouteGroupBuilder admin) => admin.MapGet("/runs", async Task<Ok<PagedList<RunView>>> (ParksDb db, PageRequest page,
        CancellationToken ct) => TypedResults.Ok(await db.Runs.AsNoTracking().OrderByDescending(r => r.StartedAt).Select(RunView.Project).ToPageAsync(page, ct)))
        .WithSummary("List runs");
}
