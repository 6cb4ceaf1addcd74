using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Parks.Data;

namespace Quartet.Parks.Admin;

public sealed record AdminParkRow(Guid Id, string Slug, string Name, string Brand, string StatusModel, string? City, string? Region, string TimeZone,
    bool IsActive, string? TpwId, int? QtId, int Version);

public sealed record AdminParkList(List<AdminParkRow> Items);

/// <summary>GET /admin/parks: every park with its upstream ids and version, by name.</summary>
public static class ListAdminParks
{
    public static void Map(RouteGroupBuilder admin) => admin.MapGet("/parks", async Task<Ok<AdminParkList>> (ParksDb db, CancellationToken ct) =>
        TypedResults.Ok(new AdminParkList(await db.Parks.AsNoTracking().OrderBy(p => p.Name)
            .Select(p => new AdminParkRow(p.Id, p.Slug, p.Name, p.Brand, p.StatusModel.ToString(), p.City, p.Region, p.TimeZone, p.IsActive, p.TpwId, p.QtId,
                p.Version))
            .ToListAsync(ct)))).WithSummary("List parks for admin");
}
