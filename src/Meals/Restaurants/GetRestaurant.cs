using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;

namespace Quartet.Meals.Restaurants;

public static class GetRestaurant
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/restaurants/{id:guid}", HandleAsync);

    private static async Task<Ok<RestaurantView>> HandleAsync(Guid id, MealsDb db, MealsUser user, HttpResponse response, CancellationToken ct)
    {
        var restaurant = await db.Restaurants.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id && r.UserId == user.Id, ct)
            ?? throw MealsProblems.NotFound("restaurant");
        var stats = await RestaurantRules.StatsAsync(db, user.Id, [id], ct);
        response.Headers.ETag = Versions.ETag(restaurant.Version);
        return TypedResults.Ok(RestaurantRules.ToView(restaurant, stats[id]));
    }
}
