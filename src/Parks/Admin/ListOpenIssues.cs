using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Parks.Data;
using Quartet.Platform.Http;

namespace Quartet.Parks.Admin;

/// <summary>GET /admin/data-quality: the unresolved data-quality issues, most recently seen first.</summary>
public static class ListOpenIssues
{
    public static void Map(RouteGroupBuilder admin) => admin.MapGet("/data-quality", async Task<Ok<PagedList<OpenIssueView>>> (ParksDb db, PageRequest page,
        CancellationToken ct) => TypedResults.Ok(await db.Issues.AsNoTracking().Where(i => i.ResolvedAt == null).OrderByDescending(i => i.LastSeenAt).Select(OpenIssueView.Project)
            .ToPageAsync(page, ct))).WithSummary("List open data-quality issues");
}
