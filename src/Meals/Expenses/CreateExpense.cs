using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Quartet.Meals.Budgets;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Platform.Data;
using Quartet.Platform.Http;

namespace Quartet.Meals.Expenses;

/// <summary>Log one expense; an optional <c>Idempotency-Key</c> makes a resend (the offline queue's) replay the first answer.</summary>
public static class CreateExpense
{
    public const string Operation = "expenses.create";

    /// <param name="Created">The new expense, when this request wrote it.</param>
    /// <param name="Replay">The stored answer, when an earlier request with the same key wrote it.</param>
    private sealed record Outcome(ExpenseView? Created, IdempotencyRecord? Replay);

    public static void Map(RouteGroupBuilder group) => group.MapPost("/expenses", HandleAsync).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<Created<ExpenseView>> HandleAsync(ExpenseInput input, HttpRequest request, MealsDb db, MealsUser user, TimeProvider clock, MealsMetrics metrics, BudgetAlertMails budgetMails, CancellationToken ct)
    {
        if (input.AmountMinor < 0)
        {
            throw MealsProblems.Field("VALIDATION_FAILED", "amountMinor", "Refunds (negative amounts) can only be imported.");
        }

        var http = request.HttpContext;
        var idempotent = Idempotency.OptionalKey(request) is { } key
            ? Idempotency.Scope(key, user.Id, Operation, JsonSerializer.Serialize(input, JsonSerializerOptions.Web))
            : null;
        var outcome = await db.InTransactionAsync(async token =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.LockUserAsync(user.Id, now, token);
            if (idempotent is not null && await idempotent.FindAsync(db.IdempotencyRecords, token) is { } previous)
            {
                return new Outcome(null, previous);
            }

            var expense = new Expense { Id = Guid.CreateVersion7(), UserId = user.Id, Source = "manual", CreatedAt = now };
            db.Expenses.Add(expense);
            await ExpenseRules.ApplyAsync(db, user, expense, input, Zones.Today(clock, user.Settings.TimeZone), now, token);
            await budgetMails.AfterExpenseWriteAsync(user, now, token);
            await db.SaveChangesAsync(token);
            var view = await ExpenseRules.LoadViewAsync(db, user.Id, expense.Id, token);
            if (idempotent is not null)
            {
                db.IdempotencyRecords.Add(idempotent.Answer(http, StatusCodes.Status201Created, LocationOf(expense.Id), view, expense.Id, now));
            }

            return new Outcome(view, null);
        }, ct);

        if (outcome.Replay is { } replay)
        {
            return await ReplayAsync(replay);
        }

        metrics.ExpenseCreated();
        var created = outcome.Created!;
        http.Response.Headers.ETag = Versions.ETag(created.Version);
        return TypedResults.Created(LocationOf(created.Id), created);

        async Task<Created<ExpenseView>> ReplayAsync(IdempotencyRecord record)
        {
            if (record.Body is null)
            {
                // Moved from the old idempotency_keys table, which kept only the expense: answer with it as it is now.
                Idempotency.MarkReplayed(http);
                var current = await ExpenseRules.LoadViewAsync(db, user.Id, record.ResourceId!.Value, ct);
                http.Response.Headers.ETag = Versions.ETag(current.Version);
                return TypedResults.Created(LocationOf(current.Id), current);
            }

            var replayed = Idempotency.ReplayCreated<ExpenseView>(http, record);
            http.Response.Headers.ETag = Versions.ETag(replayed.Value!.Version);
            return replayed;
        }
    }

    private static string LocationOf(Guid expenseId) => $"/api/meals/expenses/{expenseId}";
}
