using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Parks.Data;
using Quartet.Platform.Http;

namespace Quartet.Parks.Admin;

/// <summary>GET /admin/overrides: the overrides, newest first.</summary>
public static class ListOverrides
{
    public static void Map(RouteGroupBuilder admin) => admin.MapGet("/overrides", async Task<Ok<PagedList<OverrideView>>> (ParksDb db, PageRequest page,
        CancellationToken ct) => TypedResults.Ok(await db.Overrides.AsNoTracking().OrderByDescending(o => o.CreatedAt).Select(OverrideView.Project).ToPageAsync(page, ct))).WithSummary("List overrides");
}
