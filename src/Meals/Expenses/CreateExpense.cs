using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Budgets;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Platform.Data;
using Quartet.Platform.Http;

namespace Quartet.Meals.Expenses;

public static class CreateExpense
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/expenses", HandleAsync).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<Created<ExpenseView>> HandleAsync(ExpenseInput input, HttpRequest request, MealsDb db, MealsUser user, TimeProvider clock, MealsMetrics metrics, BudgetAlertMails budgetMails, CancellationToken ct)
    {
        if (input.AmountMinor < 0)
        {
            throw MealsProblems.Field("VALIDATION_FAILED", "amountMinor", "Refunds (negative amounts) can only be imported.");
        }

        var key = request.Headers["Idempotency-Key"].ToString().Trim();
        if (key.Length > 100)
        {
            throw MealsProblems.Field("VALIDATION_FAILED", "Idempotency-Key", "The idempotency key is at most 100 characters.");
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(input, JsonSerializerOptions.Web))));
        var (id, created) = await db.InTransactionAsync(async token =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.LockUserAsync(user.Id, now, token);
            if (key.Length > 0)
            {
                var previous = await db.IdempotencyKeys.AsNoTracking().FirstOrDefaultAsync(k => k.UserId == user.Id && k.Key == key, token);
                if (previous is not null)
                {
                    return previous.RequestHash == hash
                        ? (previous.ExpenseId, false)
                        : throw new ProblemException(422, "IDEMPOTENCY_KEY_REUSED", "This Idempotency-Key was used with a different request body.");
                }
            }

            var expense = new Expense { Id = Guid.CreateVersion7(), UserId = user.Id, Source = "manual", CreatedAt = now };
            db.Expenses.Add(expense);
            await ExpenseRules.ApplyAsync(db, user, expense, input, Zones.Today(clock, user.Settings.TimeZone), now, token);
            if (key.Length > 0)
            {
                db.IdempotencyKeys.Add(new IdempotencyRecord { UserId = user.Id, Key = key, RequestHash = hash, ExpenseId = expense.Id, CreatedAt = now });
            }

            await budgetMails.AfterExpenseWriteAsync(user, now, token);
            return (expense.Id, true);
        }, ct);
        if (created)
        {
            metrics.ExpenseCreated();
        }

        var view = await ExpenseRules.LoadViewAsync(db, user.Id, id, ct);
        request.HttpContext.Response.Headers.ETag = Versions.ETag(view.Version);
        return TypedResults.Created($"/api/meals/expenses/{id}", view);
    }
}
