using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Platform.Data;

namespace Quartet.Meals.Restaurants;

public static class CreateRestaurant
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/restaurants", HandleAsync).ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Results<Created<RestaurantView>, ProblemHttpResult>> HandleAsync(RestaurantInput input, MealsDb db, MealsUser user, TimeProvider clock, CancellationToken ct)
    {
        try
        {
            var restaurant = await db.InTransactionAsync(async token =>
            {
                var now = clock.GetUtcNow().UtcDateTime;
                await db.LockUserAsync(user.Id, now, token);
                var created = new Restaurant { Id = Guid.CreateVersion7(), UserId = user.Id, CreatedAt = now, UpdatedAt = now };
                RestaurantRules.Apply(created, input);
                await RestaurantRules.EnsureUniqueAsync(db, user.Id, created, token);
                db.Restaurants.Add(created);
                return created;
            }, ct);
            var view = RestaurantRules.ToView(restaurant, new RestaurantStats(0, [], null, []));
            return TypedResults.Created($"/api/meals/restaurants/{restaurant.Id}", view);
        }
        catch (DuplicateRestaurantException e)
        {
            return DuplicateRestaurantException.ToProblem(e.ExistingId);
        }
        catch (DbUpdateException)
        {
            // The unique index caught a concurrent create the check could not see.
            db.ChangeTracker.Clear();
            var probe = new Restaurant();
            RestaurantRules.Apply(probe, input);
            var existing = await db.Restaurants.AsNoTracking()
                .Where(r => r.UserId == user.Id && r.NormalizedName == probe.NormalizedName && r.NormalizedCity == probe.NormalizedCity)
                .Select(r => r.Id).FirstAsync(ct);
            return DuplicateRestaurantException.ToProblem(existing);
        }
    }
}
