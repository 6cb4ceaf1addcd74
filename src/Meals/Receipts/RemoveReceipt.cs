using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Platform.Data;

namespace Quartet.Meals.Receipts;

public static class RemoveReceipt
{
    public static void Map(RouteGroupBuilder group) => group.MapDelete("/expenses/{id:guid}/receipt", HandleAsync);

    private static async Task<NoContent> HandleAsync(Guid id, MealsDb db, MealsUser user, ReceiptBlobs blobs, TimeProvider clock, CancellationToken ct)
    {
        var key = await db.InTransactionAsync(async token =>
        {
            await db.LockUserAsync(user.Id, clock.GetUtcNow().UtcDateTime, token);
            var receipt = await db.Receipts.FirstOrDefaultAsync(r => r.ExpenseId == id && r.UserId == user.Id, token)
                ?? throw MealsProblems.NotFound("receipt");
            db.Receipts.Remove(receipt);
            return receipt.BlobKey;
        }, ct);
        await blobs.DeleteManyAsync([key], ct);
        return TypedResults.NoContent();
    }
}
