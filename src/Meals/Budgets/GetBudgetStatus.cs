using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Quartet.Meals.Common;
using Quartet.Meals.Data;

namespace Quartet.Meals.Budgets;

public static class GetBudgetStatus
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/budgets/status", HandleAsync);

    private static async Task<Ok<BudgetMonthStatus>> HandleAsync(MealsDb db, MealsUser user, TimeProvider clock, CancellationToken ct, string? month = null)
    {
        var today = Zones.Today(clock, user.Settings.TimeZone);
        var first = new DateOnly(today.Year, today.Month, 1);
        if (month is not null)
        {
            if (!DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out first))
            {
                throw MealsProblems.Field("VALIDATION_FAILED", "month", "Use a month like 2025-03.");
            }
        }

        return TypedResults.Ok(new BudgetMonthStatus(first.ToString("yyyy-MM", CultureInfo.InvariantCulture), await BudgetRules.ForMonthAsync(db, user.Id, first, today, ct)));
    }
}
