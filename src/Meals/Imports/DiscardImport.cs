using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Platform.Data;

namespace Quartet.Meals.Imports;

public static class DiscardImport
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapDelete("/imports/{id:guid}", HandleAsync).ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<NoContent> HandleAsync(Guid id, MealsDb db, MealsUser user, TimeProvider clock, CancellationToken ct)
    {
        await db.InTransactionAsync(async token =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.LockUserAsync(user.Id, now, token);
            var batch = await ImportBatchRules.FindAsync(db, user.Id, id, token);
            ImportBatchRules.EnsureOpen(batch);
            await db.ImportRows.Where(r => r.BatchId == id).ExecuteDeleteAsync(token);
            batch.Status = ImportStatus.Discarded;
            batch.UpdatedAt = now;
        }, ct);
        return TypedResults.NoContent();
    }
}
