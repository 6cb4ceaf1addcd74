using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Meals.Receipts;
using Quartet.Platform.Data;
using Quartet.Platform.Http;

namespace Quartet.Meals.Restaurants;

public static class DeleteRestaurant
{
    public static void Map(RouteGroupBuilder group) => group.MapDelete("/restaurants/{id:guid}", HandleAsync).ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Results<NoContent, ProblemHttpResult>> HandleAsync(Guid id, bool? cascade, MealsDb db, MealsUser user, TimeProvider clock, ReceiptBlobs blobs, CancellationToken ct)
    {
        var outcome = await db.InTransactionAsync(async token =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.LockUserAsync(user.Id, now, token);
            var restaurant = await db.Restaurants.FirstOrDefaultAsync(r => r.Id == id && r.UserId == user.Id, token)
                ?? throw MealsProblems.NotFound("restaurant");
            var expenseIds = await db.Expenses.Where(e => e.UserId == user.Id && e.RestaurantId == id).Select(e => e.Id).ToListAsync(token);
            if (expenseIds.Count > 0 && cascade != true)
            {
                return (Count: expenseIds.Count, BlobKeys: (List<string>?)null);
            }

            var blobKeys = await db.Receipts.Where(r => r.UserId == user.Id && expenseIds.Contains(r.ExpenseId)).Select(r => r.BlobKey).ToListAsync(token);
            await db.Expenses.Where(e => e.UserId == user.Id && e.RestaurantId == id).ExecuteDeleteAsync(token);
            db.Restaurants.Remove(restaurant);
            if (expenseIds.Count > 0)
            {
                AuditLog.Add(db, user.Id, user.Id, "restaurant.cascade-delete", new { restaurantId = id, expenses = expenseIds.Count, receipts = blobKeys.Count }, now);
            }

            return (Count: expenseIds.Count, BlobKeys: (List<string>?)blobKeys);
        }, ct);
        if (outcome.BlobKeys is null)
        {
            return Problems.Create(409, "RESTAURANT_HAS_EXPENSES", $"The restaurant has {outcome.Count} expenses; pass cascade=true to delete them too.",
                new Dictionary<string, object?> { ["expenseCount"] = outcome.Count });
        }

        await blobs.DeleteManyAsync(outcome.BlobKeys, ct);
        return TypedResults.NoContent();
    }
}
