using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Platform.Data;

namespace Quartet.Meals.Budgets;

public static class UpdateBudget
{
    public static void Map(RouteGroupBuilder group) => group.MapPut("/budgets/{id:guid}", HandleAsync);

    private static async Task<Ok<BudgetView>> HandleAsync(Guid id, BudgetInput input, MealsDb db, MealsUser user, TimeProvider clock, CancellationToken ct)
    {
        var budget = await db.InTransactionAsync(async token =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.LockUserAsync(user.Id, now, token);
            var existing = await db.Budgets.FirstOrDefaultAsync(b => b.Id == id && b.UserId == user.Id, token) ?? throw MealsProblems.NotFound("budget");
            existing.LimitMinor = input.LimitMinor!.Value;
            existing.WarnAtPercent = input.WarnAtPercent ?? existing.WarnAtPercent;
            existing.UpdatedAt = now;
            return existing;
        }, ct);
        return TypedResults.Ok(new BudgetView(budget.Id, budget.CategoryId, null, budget.Currency, budget.LimitMinor, budget.WarnAtPercent));
    }
}
