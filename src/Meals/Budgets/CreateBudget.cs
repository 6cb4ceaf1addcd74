using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Platform.Data;
using Quartet.Platform.Http;

namespace Quartet.Meals.Budgets;

public static class CreateBudget
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/budgets", HandleAsync).ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Created<BudgetView>> HandleAsync(BudgetInput input, MealsDb db, MealsUser user, TimeProvider clock, IOptions<MealsOptions> options, CancellationToken ct)
    {
        var budget = await db.InTransactionAsync(async token =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.LockUserAsync(user.Id, now, token);
            if (input.CategoryId is { } categoryId && !await db.Categories.AnyAsync(c => c.Id == categoryId && c.UserId == user.Id, token))
            {
                throw MealsProblems.NotFound("category");
            }

            var currency = Currencies.Normalize(input.Currency) ?? user.Settings.HomeCurrency;
            var scope = input.CategoryId?.ToString() ?? Budget.OverallScope;
            if (await db.Budgets.AnyAsync(b => b.UserId == user.Id && b.Scope == scope && b.Currency == currency, token))
            {
                throw new ProblemException(409, "BUDGET_DUPLICATE", "There is already a budget for this category and currency.");
            }

            var created = new Budget
            {
                Id = Guid.CreateVersion7(),
                UserId = user.Id,
                CategoryId = input.CategoryId,
                Scope = scope,
                Currency = currency,
                LimitMinor = input.LimitMinor!.Value,
                WarnAtPercent = input.WarnAtPercent ?? options.Value.DefaultWarnAtPercent,
                CreatedAt = now,
                UpdatedAt = now,
            };
            db.Budgets.Add(created);
            return created;
        }, ct);
        return TypedResults.Created($"/api/meals/budgets/{budget.Id}", new BudgetView(budget.Id, budget.CategoryId, null, budget.Currency, budget.LimitMinor, budget.WarnAtPercent));
    }
}
