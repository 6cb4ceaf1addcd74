using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Data;
using Quartet.Meals.Receipts;

namespace Quartet.Meals.Maintenance;

/// <summary>
/// <c>meals verify-integrity</c> (weekly, read-only): references that cross users, receipts whose blob is gone and tag
/// links to missing tags. Each finding names ids only, never amounts or notes.
/// </summary>
public static class VerifyIntegrity
{
    public static async Task<List<string>> FindProblemsAsync(MealsDb db, ReceiptBlobs blobs, CancellationToken ct)
    {
        var problems = new List<string>();
        var expenses = db.Expenses.AsNoTracking();
        problems.AddRange((await expenses.Where(e => !db.Restaurants.Any(r => r.Id == e.RestaurantId && r.UserId == e.UserId)).Select(e => e.Id).ToListAsync(ct))
            .Select(id => $"expense {id}: restaurant missing or owned by another user"));
        problems.AddRange((await expenses.Where(e => e.CategoryId != null && !db.Categories.Any(c => c.Id == e.CategoryId && c.UserId == e.UserId))
            .Select(e => e.Id).ToListAsync(ct)).Select(id => $"expense {id}: category missing or owned by another user"));
        problems.AddRange((await db.ExpenseTags.AsNoTracking()
            .Where(et => !db.Tags.Any(t => t.Id == et.TagId && db.Expenses.Any(e => e.Id == et.ExpenseId && e.UserId == t.UserId)))
            .Select(et => new { et.ExpenseId, et.TagId }).ToListAsync(ct)).Select(x => $"expense {x.ExpenseId}: tag link {x.TagId} to a missing tag or another user's tag"));
        problems.AddRange((await db.Budgets.AsNoTracking().Where(b => b.CategoryId != null && !db.Categories.Any(c => c.Id == b.CategoryId && c.UserId == b.UserId))
            .Select(b => b.Id).ToListAsync(ct)).Select(id => $"budget {id}: category missing or owned by another user"));
        problems.AddRange((await db.Receipts.AsNoTracking().Where(r => !db.Expenses.Any(e => e.Id == r.ExpenseId && e.UserId == r.UserId))
            .Select(r => r.ExpenseId).ToListAsync(ct)).Select(id => $"receipt of expense {id}: owned by another user than its expense"));
        problems.AddRange((await db.ImportRows.AsNoTracking()
            .Where(r => r.TargetExpenseId != null && db.ImportBatches.Any(b => b.Id == r.BatchId && b.Status == ImportStatus.Reviewing
                && db.Expenses.Any(e => e.Id == r.TargetExpenseId && e.UserId != b.UserId)))
            .Select(r => new { r.BatchId, r.RowNumber }).ToListAsync(ct)).Select(x => $"import {x.BatchId} row {x.RowNumber}: targets another user's expense"));

        await foreach (var receipt in db.Receipts.AsNoTracking().Select(r => new { r.ExpenseId, r.BlobKey }).AsAsyncEnumerable().WithCancellation(ct))
        {
            var blob = await blobs.Store.OpenReadAsync(receipt.BlobKey, ct);
            if (blob is null)
            {
                problems.Add($"receipt of expense {receipt.ExpenseId}: blob {receipt.BlobKey} is missing");
                continue;
            }

            await blob.Content.DisposeAsync();
        }

        return problems;
    }
}
