using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Budgets;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Platform.Data;

namespace Quartet.Meals.Expenses;

/// <summary>Replaces one expense; the caller sends its ETag in If-Match.</summary>
public static class UpdateExpense
{
    public static void Map(RouteGroupBuilder group) => group.MapPut("/expenses/{id:guid}", HandleAsync).ProducesPreconditionProblems();

    private static async Task<Ok<ExpenseView>> HandleAsync(Guid id, ExpenseInput input, HttpContext http, MealsDb db, MealsUser user, TimeProvider clock, BudgetAlertMails budgetMails, CancellationToken ct)
    {
        await db.InTransactionAsync(async token =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.LockUserAsync(user.Id, now, token);
            var expense = await db.Expenses.FirstOrDefaultAsync(e => e.Id == id && e.UserId == user.Id, token)
                ?? throw MealsProblems.NotFound("expense");
            Versions.IfMatch.Require(http.Request, Versions.ETag(expense.Version));

            if ((expense.AmountMinor < 0) != (input.AmountMinor < 0))
            {
                throw MealsProblems.Field("REFUND_SIGN_CHANGE", "amountMinor", expense.AmountMinor < 0
                    ? "This expense is a refund; its amount must stay negative."
                    : "Refunds (negative amounts) can only be imported.");
            }

            await ExpenseRules.ApplyAsync(db, user, expense, input, Zones.Today(clock, user.Settings.TimeZone), now, token);
            expense.Version++;
            await budgetMails.AfterExpenseWriteAsync(user, now, token);
        }, ct);
        var view = await ExpenseRules.LoadViewAsync(db, user.Id, id, ct);
        http.Response.Headers.ETag = Versions.ETag(view.Version);
        return TypedResults.Ok(view);
    }
}
