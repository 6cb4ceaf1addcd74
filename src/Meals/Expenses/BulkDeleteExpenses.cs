using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Meals.Receipts;
using Quartet.Meals.Reports;
using Quartet.Platform.Data;

namespace Quartet.Meals.Expenses;

public static class BulkDeleteExpenses
{
    public sealed class Request
    {
        [Required, MinLength(1), MaxLength(500)]
        public List<Guid>? Ids { get; init; }
    }

    public sealed record Result(int Deleted);

    public static void Map(RouteGroupBuilder group) => group.MapPost("/expenses/bulk-delete", HandleAsync);

    /// <summary>All or nothing: any id that is not one of the caller's expenses fails the whole request with 404.</summary>
    private static async Task<Ok<Result>> HandleAsync(Request request, MealsDb db, MealsUser user, TimeProvider clock, ReceiptBlobs blobs, CancellationToken ct)
    {
        var ids = request.Ids!.Distinct().ToList();
        var blobKeys = await db.InTransactionAsync(async token =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.LockUserAsync(user.Id, now, token);
            var owned = await db.Expenses.CountAsync(e => e.UserId == user.Id && ids.Contains(e.Id), token);
            if (owned != ids.Count)
            {
                throw MealsProblems.NotFound("expense");
            }

            var keys = await db.Receipts.Where(r => r.UserId == user.Id && ids.Contains(r.ExpenseId)).Select(r => r.BlobKey).ToListAsync(token);
            var doomed = db.Expenses.Where(e => e.UserId == user.Id && ids.Contains(e.Id));
            await MonthTotals.RemoveAsync(db, doomed, token);
            await doomed.ExecuteDeleteAsync(token);
            AuditLog.Add(db, user.Id, user.Id, "expenses.bulk-delete", new { expenses = ids.Count, receipts = keys.Count }, now);
            return keys;
        }, ct);
        await blobs.DeleteManyAsync(blobKeys, ct);
        return TypedResults.Ok(new Result(ids.Count));
    }
}
