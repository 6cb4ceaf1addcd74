using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Meals.Receipts;
using Quartet.Meals.Reports;
using Quartet.Platform.Data;

namespace Quartet.Meals.Privacy;

/// <summary>DELETE /me with <c>{confirm:"DELETE"}</c>: every meal row and blob of the user, audited with counts only.</summary>
public static class DeleteMyData
{
    public sealed class Request
    {
        public string? Confirm { get; init; }
    }

    public static void Map(RouteGroupBuilder group) => group.MapDelete("/me", HandleAsync);

    private static async Task<NoContent> HandleAsync([FromBody] Request? request, MealsDb db, MealsUser user, ReceiptBlobs blobs, TimeProvider clock, ILoggerFactory loggers, CancellationToken ct)
    {
        if (request?.Confirm != "DELETE")
        {
            throw MealsProblems.Field("CONFIRMATION_REQUIRED", "confirm", "Type DELETE to confirm.");
        }

        var counts = await RemoveAllAsync(db, user.Id, user.Id, blobs, clock, ct);
        loggers.CreateLogger("Quartet.Meals.Privacy").LogInformation("Meal data of {UserId} deleted: {Expenses} expenses, {Restaurants} restaurants", user.Id, counts.Expenses, counts.Restaurants);
        return TypedResults.NoContent();
    }

    public sealed record Counts(int Expenses, int Restaurants, int Receipts);

    /// <summary>Removes every meal row of the user in one transaction, then the blobs.</summary>
    public static async Task<Counts> RemoveAllAsync(MealsDb db, Guid userId, Guid actorId, ReceiptBlobs blobs, TimeProvider clock, CancellationToken ct)
    {
        var (counts, keys) = await db.InTransactionAsync(async token =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.LockUserAsync(userId, now, token);
            var keys = await db.Receipts.Where(r => r.UserId == userId).Select(r => r.BlobKey)
                .Concat(db.DataExports.Where(x => x.UserId == userId && x.BlobKey != null).Select(x => x.BlobKey!)).ToListAsync(token);
            var receipts = await db.Receipts.Where(r => r.UserId == userId).ExecuteDeleteAsync(token);
            await db.ExpenseTags.Where(et => db.Expenses.Any(e => e.Id == et.ExpenseId && e.UserId == userId)).ExecuteDeleteAsync(token);
            await MonthTotals.ForgetAsync(db, userId, token);
            var expenses = await db.Expenses.Where(e => e.UserId == userId).ExecuteDeleteAsync(token);
            var restaurants = await db.Restaurants.Where(r => r.UserId == userId).ExecuteDeleteAsync(token);
            await db.Tags.Where(t => t.UserId == userId).ExecuteDeleteAsync(token);
            await db.Budgets.Where(b => b.UserId == userId).ExecuteDeleteAsync(token);
            await db.Categories.Where(c => c.UserId == userId).ExecuteDeleteAsync(token);
            await db.ImportRows.Where(r => db.ImportBatches.Any(b => b.Id == r.BatchId && b.UserId == userId)).ExecuteDeleteAsync(token);
            await db.ImportBatches.Where(b => b.UserId == userId).ExecuteDeleteAsync(token);
            await db.IdempotencyRecords.Where(k => k.UserId == userId).ExecuteDeleteAsync(token);
            await db.ReceiptUploads.Where(u => u.UserId == userId).ExecuteDeleteAsync(token);
            await db.DataExports.Where(x => x.UserId == userId).ExecuteDeleteAsync(token);
            await db.Settings.Where(s => s.UserId == userId).ExecuteDeleteAsync(token);
            AuditLog.Add(db, actorId, userId, "data.delete", new { expenses, restaurants, receipts }, now);
            return (new Counts(expenses, restaurants, receipts), keys);
        }, ct);
        await blobs.DeleteManyAsync(keys, ct);
        return counts;
    }
}
