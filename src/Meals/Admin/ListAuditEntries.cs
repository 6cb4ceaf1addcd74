using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Data;
using Quartet.Platform.Http;

namespace Quartet.Meals.Admin;

/// <summary>meals.admin: the meals audit log, newest first.</summary>
public static class ListAuditEntries
{
    public sealed record AuditView(Guid Id, DateTime At, Guid ActorId, Guid SubjectUserId, string Action, string Detail);

    public static void Map(RouteGroupBuilder admin) => admin.MapGet("/audit", HandleAsync);

    private static async Task<Ok<PagedList<AuditView>>> HandleAsync(MealsDb db, PageRequest page, CancellationToken ct)
    {
        var result = await db.Audit.AsNoTracking().OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Select(a => new AuditView(a.Id, a.At, a.ActorId, a.SubjectUserId, a.Action, a.DetailJson)).ToPageAsync(page, ct);
        return TypedResults.Ok(result);
    }
}
