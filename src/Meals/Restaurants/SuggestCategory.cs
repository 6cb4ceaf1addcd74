using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;

namespace Quartet.Meals.Restaurants;

public static class SuggestCategory
{
    public sealed record SuggestedCategory(Guid? CategoryId);

    public static void Map(RouteGroupBuilder group) => group.MapGet("/restaurants/{id:guid}/suggested-category", HandleAsync);

    /// <summary>The category used most often at the restaurant; ties go to the most recently used.</summary>
    private static async Task<Ok<SuggestedCategory>> HandleAsync(Guid id, MealsDb db, MealsUser user, CancellationToken ct)
    {
        if (!await db.Restaurants.AnyAsync(r => r.Id == id && r.UserId == user.Id, ct))
        {
            throw MealsProblems.NotFound("restaurant");
        }

        var best = await db.Expenses.AsNoTracking()
            .Where(e => e.UserId == user.Id && e.RestaurantId == id && e.CategoryId != null)
            .GroupBy(e => e.CategoryId)
            .Select(g => new { CategoryId = g.Key, Uses = g.Count(), Last = g.Max(e => e.OccurredAt) })
            .OrderByDescending(x => x.Uses).ThenByDescending(x => x.Last)
            .FirstOrDefaultAsync(ct);
        return TypedResults.Ok(new SuggestedCategory(best?.CategoryId));
    }
}
