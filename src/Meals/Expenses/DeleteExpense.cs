using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Meals.Receipts;
using Quartet.Platform.Data;

namespace Quartet.Meals.Expenses;

public static class DeleteExpense
{
    public static void Map(RouteGroupBuilder group) => group.MapDelete("/expenses/{id:guid}", HandleAsync);

    private static async Task<NoContent> HandleAsync(Guid id, MealsDb db, MealsUser user, TimeProvider clock, ReceiptBlobs blobs, CancellationToken ct)
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
