using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Parks.Collection;
using Quartet.Parks.Data;
using Quartet.Platform.Http;

namespace Quartet.Parks.Admin;

/// <summary>DELETE /admin/overrides/{id}: removes an override; discovery matches that upstream id on its own again.</summary>
public static class DeleteOverride
{
    public static void Map(RouteGroupBuilder admin) => admin.MapDelete("/overrides/{id:guid}", Handle).WithSummary("Delete override");

    private static async Task<NoContent> Handle(Guid id, HttpContext http, ParksDb db, DataVersions versions, TimeProvider clock, CancellationToken ct)
    {
        var row = await db.Overrides.FirstOrDefaultAsync(o => o.Id == id, ct) ?? throw new ProblemException(404, "OVERRIDE_NOT_FOUND", "No such override.");
        db.Overrides.Remove(row);
        AdminSupport.Record(db, http, clock.GetUtcNow().UtcDateTime, "override.delete", "override", row.Id, row, null);
        await db.SaveChangesAsync(ct);
        await versions.CatalogueChangedAsync(db, ct);
        return TypedResults.NoContent();
    }
}
