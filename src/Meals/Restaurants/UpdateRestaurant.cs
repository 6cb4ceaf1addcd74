using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Platform.Data;

namespace Quartet.Meals.Restaurants;

public static class UpdateRestaurant
{
    public static void Map(RouteGroupBuilder group) => group.MapPut("/restaurants/{id:guid}", HandleAsync).ProducesProblem(StatusCodes.Status409Conflict).ProducesPreconditionProblems();

    private static async Task<Results<Ok<RestaurantView>, ProblemHttpResult>> HandleAsync(Guid id, RestaurantInput input, HttpContext http, MealsDb db, MealsUser user, TimeProvider clock, CancellationToken ct)
    {
        try
        {
            var restaurant = await db.InTransactionAsync(async token =>
            {
                var now = clock.GetUtcNow().UtcDateTime;
                await db.LockUserAsync(user.Id, now, token);
                var existing = await db.Restaurants.FirstOrDefaultAsync(r => r.Id == id && r.UserId == user.Id, token)
                    ?? throw MealsProblems.NotFound("restaurant");
                Versions.IfMatch.Require(http.Request, Versions.ETag(existing.Version));

                RestaurantRules.Apply(existing, input);
                await RestaurantRules.EnsureUniqueAsync(db, user.Id, existing, token);
                existing.Version++;
                existing.UpdatedAt = now;
                return existing;
            }, ct);
            var stats = await RestaurantRules.StatsAsync(db, user.Id, [id], ct);
            http.Response.Headers.ETag = Versions.ETag(restaurant.Version);
            return TypedResults.Ok(RestaurantRules.ToView(restaurant, stats[id]));
        }
        catch (DuplicateRestaurantException e)
        {
            return DuplicateRestaurantException.ToProblem(e.ExistingId);
        }
    }
}
