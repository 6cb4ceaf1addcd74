using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Data;
using Quartet.Platform.Data;
using Quartet.Platform.Http;

namespace Quartet.Meals.Admin;

/// <summary>meals.admin: meal users with counts (never amounts), filtered by e-mail or name and by access.</summary>
public static class ListMealUsers
{
    public sealed record MealUserView(Guid UserId, string Email, string Name, string Status, int Expenses, int Restaurants, DateTime LastActivity);

    public static void Map(RouteGroupBuilder admin) => admin.MapGet("/users", HandleAsync);

    private static async Task<Ok<PagedList<MealUserView>>> HandleAsync(MealsDb db, PlatformDb platform, PageRequest page, CancellationToken ct, string? q = null, string? status = null)
    {
        var settings = db.Settings.AsNoTracking();
        if (status is "active" or "deactivated")
        {
            var deactivated = status == "deactivated";
            settings = settings.Where(s => s.Deactivated == deactivated);
        }

        var all = await settings.Select(s => new { s.UserId, s.Deactivated, s.UpdatedAt }).ToListAsync(ct);
        var ids = all.Select(s => s.UserId).ToList();
        var accounts = await platform.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        var rows = all.Where(s => accounts.ContainsKey(s.UserId)).Select(s => (s, a: accounts[s.UserId]))
            .Where(x => string.IsNullOrWhiteSpace(q) || x.a.Email.Contains(q.Trim(), StringComparison.OrdinalIgnoreCase) || x.a.DisplayName.Contains(q.Trim(), StringComparison.OrdinalIgnoreCase))
            .OrderBy(x => x.a.Email, StringComparer.OrdinalIgnoreCase).ToList();
        var pageIds = rows.Skip(page.Skip).Take(page.PageSize).Select(x => x.s.UserId).ToList();
        var expenseCounts = await db.Expenses.Where(e => pageIds.Contains(e.UserId)).GroupBy(e => e.UserId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var restaurantCounts = await db.Restaurants.Where(r => pageIds.Contains(r.UserId)).GroupBy(r => r.UserId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var items = rows.Skip(page.Skip).Take(page.PageSize).Select(x => new MealUserView(x.s.UserId, x.a.Email, x.a.DisplayName, x.s.Deactivated ? "deactivated" : "active",
            expenseCounts.GetValueOrDefault(x.s.UserId), restaurantCounts.GetValueOrDefault(x.s.UserId), x.s.UpdatedAt)).ToList();
        return TypedResults.Ok(new PagedList<MealUserView>(items, page.Page, page.PageSize, rows.Count));
    }
}
