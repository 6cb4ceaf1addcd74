using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Platform.Http;

namespace Quartet.Meals.Imports;

public static class ListImportRows
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/imports/{id:guid}/rows", HandleAsync);

    private static async Task<Ok<PagedList<ImportRowView>>> HandleAsync(Guid id, PageRequest page, MealsDb db, MealsUser user, CancellationToken ct, string? status = null)
    {
        var batch = await ImportBatchRules.FindAsync(db, user.Id, id, ct);
        var rows = db.ImportRows.AsNoTracking().Where(r => r.BatchId == batch.Id);
        rows = status switch
        {
            null or "" => rows,
            "error" => rows.Where(r => r.HasErrors),
            "undecided" => rows.Where(r => !r.HasErrors && (r.ExpenseAction == null || (r.ExpenseAction != "skip" && r.RestaurantAction == null))),
            "duplicate" => rows.Where(r => r.PossibleDuplicate),
            "newRestaurant" => rows.Where(r => !r.HasErrors && r.RestaurantAction == "create" && r.ExpenseAction != "skip"),
            "ready" => rows.Where(r => !r.HasErrors && r.ExpenseAction != null && (r.ExpenseAction == "skip" || r.RestaurantAction != null)),
            _ => throw MealsProblems.Field("VALIDATION_FAILED", "status", "status is error, undecided, duplicate, newRestaurant or ready."),
        };
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderBy(r => r.RowNumber).Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        return TypedResults.Ok(new PagedList<ImportRowView>(items.Select(ImportViews.RowView).ToList(), page.Page, page.PageSize, total));
    }
}
