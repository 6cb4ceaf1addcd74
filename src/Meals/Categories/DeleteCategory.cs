using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Meals.Reports;
using Quartet.Platform.Data;

namespace Quartet.Meals.Categories;

/// <summary>Its expenses become uncategorised and its budgets go with it.</summary>
public static class DeleteCategory
{
    public static void Map(RouteGroupBuilder group) => group.MapDelete("/categories/{id:guid}", HandleAsync);

    /// <summary>Its expenses become uncategorised and its budgets go with it.</summary>
    private static async Task<NoContent> HandleAsync(Guid id, MealsDb db, MealsUser user, TimeProvider clock, CancellationToken ct)
    {
        await db.InTransactionAsync(async token =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.LockUserAsync(user.Id, now, token);
            var existing = await db.Categories.FirstOrDefaultAsync(c => c.Id == id && c.UserId == user.Id, token) ?? throw MealsProblems.NotFound("category");
            await MonthTotals.UncategoriseAsync(db, user.Id, id, token);
            await db.Expenses.Where(e => e.UserId == user.Id && e.CategoryId == id)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.CategoryId, (Guid?)null).SetProperty(e => e.UpdatedAt, now).SetProperty(e => e.Version, e => e.Version + 1), token);
            await db.Budgets.Where(b => b.UserId == user.Id && b.CategoryId == id).ExecuteDeleteAsync(token);
            db.Categories.Remove(existing);
        }, ct);
        return TypedResults.NoContent();
    }
}
