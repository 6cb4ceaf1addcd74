using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;

namespace Quartet.Meals.Budgets;

public static class ListBudgets
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/budgets", HandleAsync);

    private static async Task<Ok<List<BudgetView>>> HandleAsync(MealsDb db, MealsUser user, CancellationToken ct) =>
        TypedResults.Ok(await (
            from b in db.Budgets.AsNoTracking()
            where b.UserId == user.Id
            join c in db.Categories on b.CategoryId equals c.Id into cats
            from c in cats.DefaultIfEmpty()
            orderby b.Currency, b.Scope
            select new BudgetView(b.Id, b.CategoryId, c == null ? null : c.Name, b.Currency, b.LimitMinor, b.WarnAtPercent)).ToListAsync(ct));
}
