using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Platform.Data;

namespace Quartet.Meals.Imports;

public static class DecideImportRows
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPatch("/imports/{id:guid}/rows", HandleAsync).ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Ok<List<ImportRowView>>> HandleAsync(Guid id, ImportDecisionsInput input, MealsDb db, MealsUser user, TimeProvider clock, CancellationToken ct)
    {
        var decisions = input.Decisions!;
        await db.InTransactionAsync(async token =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.LockUserAsync(user.Id, now, token);
            var batch = await ImportBatchRules.FindAsync(db, user.Id, id, token);
            ImportBatchRules.EnsureOpen(batch);
            var numbers = decisions.Select(d => d.RowNumber).Distinct().ToList();
            var rows = await db.ImportRows.Where(r => r.BatchId == id && numbers.Contains(r.RowNumber)).ToDictionaryAsync(r => r.RowNumber, token);
            if (rows.Count != numbers.Count)
            {
                throw MealsProblems.NotFound("import row");
            }

            var restaurantIds = decisions.Select(d => d.RestaurantId).OfType<Guid>().Distinct().ToList();
            if (await db.Restaurants.CountAsync(r => r.UserId == user.Id && restaurantIds.Contains(r.Id), token) != restaurantIds.Count)
            {
                throw MealsProblems.NotFound("restaurant");
            }

            var targetIds = decisions.Select(d => d.TargetExpenseId).OfType<Guid>().Distinct().ToList();
            var versions = await db.Expenses.Where(e => e.UserId == user.Id && targetIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Version, token);
            if (versions.Count != targetIds.Count)
            {
                throw MealsProblems.NotFound("expense");
            }

            foreach (var decision in decisions)
            {
                var row = rows[decision.RowNumber];
                if (row.HasErrors && decision.ExpenseAction is not (null or "skip"))
                {
                    throw MealsProblems.Field("IMPORT_ROW_HAS_ERRORS", "decisions", $"Row {row.RowNumber} has errors and can only be skipped.");
                }

                if (decision.RestaurantAction is not null)
                {
                    row.RestaurantAction = decision.RestaurantAction;
                    row.RestaurantId = decision.RestaurantAction == "match" ? decision.RestaurantId : null;
                }

                if (decision.ExpenseAction is not null)
                {
                    row.ExpenseAction = decision.ExpenseAction;
                    row.TargetExpenseId = decision.ExpenseAction == "update" ? decision.TargetExpenseId : null;
                    row.TargetVersion = row.TargetExpenseId is { } target ? versions[target] : null;
                }
            }

            batch.LastTouchedAt = now;
        }, ct);
        var updated = await db.ImportRows.AsNoTracking().Where(r => r.BatchId == id && decisions.Select(d => d.RowNumber).Contains(r.RowNumber))
            .OrderBy(r => r.RowNumber).ToListAsync(ct);
        return TypedResults.Ok(updated.Select(ImportViews.RowView).ToList());
    }
}
