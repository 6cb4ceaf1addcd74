using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Budgets;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Meals.Receipts;
using Quartet.Platform.Data;

namespace Quartet.Meals.Expenses;

/// <summary>Read, replace (with If-Match) and delete one expense.</summary>
public static class ExpenseItem
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/expenses/{id:guid}", GetAsync);
        group.MapPut("/expenses/{id:guid}", UpdateAsync);
        group.MapDelete("/expenses/{id:guid}", DeleteAsync).Produces(StatusCodes.Status204NoContent);
    }

    private static async Task<IResult> GetAsync(Guid id, HttpResponse response, MealsDb db, MealsUser user, CancellationToken ct)
    {
        var view = await ExpenseRules.LoadViewAsync(db, user.Id, id, ct);
        response.Headers.ETag = Versions.ETag(view.Version);
        return TypedResults.Ok(view);
    }

    private static async Task<IResult> UpdateAsync(Guid id, ExpenseInput input, HttpContext http, MealsDb db, MealsUser user, TimeProvider clock, BudgetAlertMails budgetMails, CancellationToken ct)
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

    private static async Task<IResult> DeleteAsync(Guid id, MealsDb db, MealsUser user, TimeProvider clock, ReceiptBlobs blobs, CancellationToken ct)
    {
        var blobKey = await db.InTransactionAsync(async token =>
        {
            await db.LockUserAsync(user.Id, clock.GetUtcNow().UtcDateTime, token);
            var expense = await db.Expenses.FirstOrDefaultAsync(e => e.Id == id && e.UserId == user.Id, token)
                ?? throw MealsProblems.NotFound("expense");
            var key = await db.Receipts.Where(r => r.ExpenseId == id).Select(r => r.BlobKey).FirstOrDefaultAsync(token);
            db.Expenses.Remove(expense);
            return key;
        }, ct);
        if (blobKey is not null)
        {
            await blobs.DeleteManyAsync([blobKey], ct);
        }

        return TypedResults.NoContent();
    }
}
