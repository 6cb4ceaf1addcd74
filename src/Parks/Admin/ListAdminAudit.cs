using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Parks.Data;
using Quartet.Platform.Http;

namespace Quartet.Parks.Admin;

/// <summary>GET /admin/audit-log: every admin write, newest first.</summary>
public static class ListAdminAudit
{
    public static void Map(RouteGroupBuilder admin) => admin.MapGet("/audit-log", async Task<Ok<PagedList<AuditLogEntry>>> (ParksDb db, PageRequest page,
        CancellationToken ct) => TypedResults.Ok(await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.At).Select(AuditLogEntry.Project).ToPageAsync(page, ct))).WithSummary("List admin audit log");
}
