using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Platform.Http;

namespace Quartet.Meals.Restaurants;

public static class ListRestaurants
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/restaurants", HandleAsync);

    private static async Task<Ok<PagedList<RestaurantView>>> HandleAsync(
        PageRequest page, MealsDb db, MealsUser user, CancellationToken ct,
        string? q = null, string? city = null, string? cuisine = null, int? priceLevel = null, int? minRating = null,
        string? sort = null, string? order = null)
    {
        var query = db.Restaurants.AsNoTracking().Where(r => r.UserId == user.Id);
        if (Text.Clean(q) is { } term)
        {
            var like = "%" + term.ToLowerInvariant() + "%";
            query = query.Where(r => EF.Functions.Like(r.Name.ToLower(), like) || EF.Functions.Like((r.City ?? "").ToLower(), like)
                || EF.Functions.Like((r.Cuisine ?? "").ToLower(), like) || EF.Functions.Like((r.AddressLine1 ?? "").ToLower(), like)
                || EF.Functions.Like((r.Notes ?? "").ToLower(), like));
        }

        if (Text.Clean(city) is { } cityKey)
        {
            var normalized = Text.NormalizeKey(cityKey);
            query = query.Where(r => r.NormalizedCity == normalized);
        }

        if (Text.Clean(cuisine) is { } cuisineName)
        {
            var lower = cuisineName.ToLowerInvariant();
            query = query.Where(r => r.Cuisine != null && r.Cuisine.ToLower() == lower);
        }

        if (priceLevel is { } level)
        {
            query = query.Where(r => r.PriceLevel == level);
        }

        if (minRating is { } rating)
        {
            query = query.Where(r => r.Rating >= rating);
        }

        var descending = (order ?? "").Equals("desc", StringComparison.OrdinalIgnoreCase);
        var home = user.Settings.HomeCurrency;
        var withStats = query.Select(r => new Row
        {
            Restaurant = r,
            Visits = db.Expenses.Count(e => e.RestaurantId == r.Id && e.AmountMinor > 0),
            LastVisit = db.Expenses.Where(e => e.RestaurantId == r.Id).Max(e => (DateOnly?)e.LocalDate),
            Spent = db.Expenses.Where(e => e.RestaurantId == r.Id && e.Currency == home).Sum(e => (long?)e.AmountMinor) ?? 0,
        });
        var ordered = (sort ?? "name").ToLowerInvariant() switch
        {
            "name" => descending ? withStats.OrderByDescending(x => x.Restaurant.NormalizedName) : withStats.OrderBy(x => x.Restaurant.NormalizedName),
            "city" => descending ? withStats.OrderByDescending(x => x.Restaurant.NormalizedCity) : withStats.OrderBy(x => x.Restaurant.NormalizedCity),
            "visits" => descending ? withStats.OrderByDescending(x => x.Visits) : withStats.OrderBy(x => x.Visits),
            "lastvisit" => descending ? withStats.OrderByDescending(x => x.LastVisit) : withStats.OrderBy(x => x.LastVisit),
            "spent" => descending ? withStats.OrderByDescending(x => x.Spent) : withStats.OrderBy(x => x.Spent),
            "createdat" => descending ? withStats.OrderByDescending(x => x.Restaurant.CreatedAt) : withStats.OrderBy(x => x.Restaurant.CreatedAt),
            _ => throw MealsProblems.Field("VALIDATION_FAILED", "sort", "sort is one of name, city, visits, lastVisit, spent, createdAt."),
        };
        var total = await query.CountAsync(ct);
        var restaurants = await ordered.ThenBy(x => x.Restaurant.Id).Skip(page.Skip).Take(page.PageSize).Select(x => x.Restaurant).ToListAsync(ct);
        var stats = await RestaurantRules.StatsAsync(db, user.Id, restaurants.Select(r => r.Id).ToList(), ct);
        var items = restaurants.Select(r => RestaurantRules.ToView(r, stats[r.Id])).ToList();
        return TypedResults.Ok(new PagedList<RestaurantView>(items, page.Page, page.PageSize, total));
    }

    private sealed class Row
    {
        public required Restaurant Restaurant { get; init; }

        public int Visits { get; init; }

        public DateOnly? LastVisit { get; init; }

        public long Spent { get; init; }
    }
}
