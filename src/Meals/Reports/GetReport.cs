using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Meals.Expenses;
using Quartet.Platform.Http;

namespace Quartet.Meals.Reports;

/// <summary>GET /reports: every section for one currency over a period of local dates.</summary>
public static class GetReport
{
    public sealed record SpendingTotals(long TotalMinor, int MealCount, long AvgPerMealMinor, long AvgPerPersonMinor);

    public sealed record SpendingShare(string? Id, string Label, string? Colour, long TotalMinor, int Count, decimal Share);

    public sealed record MonthPoint(string Month, long TotalMinor, int Count);

    public sealed record SpendingReport(
        string From, string To, string Currency, IReadOnlyList<string> OtherCurrencies, SpendingTotals Totals, IReadOnlyList<SpendingShare> ByCategory,
        IReadOnlyList<SpendingShare> ByRestaurant, IReadOnlyList<SpendingShare> ByMealType, IReadOnlyList<MonthPoint> Monthly, IReadOnlyList<ExpenseView> TopExpenses,
        DateTime GeneratedAt);

    public static void Map(RouteGroupBuilder group) => group.MapGet("/reports", HandleAsync).Produces(StatusCodes.Status304NotModified);

    private static async Task<Results<Ok<SpendingReport>, StatusCodeHttpResult>> HandleAsync(HttpContext http, MealsDb db, MealsUser user, TimeProvider clock, AggregateCache cache, CancellationToken ct,
        string? period = null, string? from = null, string? to = null, string? currency = null)
    {
        var today = Zones.Today(clock, user.Settings.TimeZone);
        var (start, end) = Period(period, from, to, today);
        var selected = currency is null ? user.Settings.HomeCurrency
            : Currencies.Normalize(currency) ?? throw MealsProblems.Field("VALIDATION_FAILED", "currency", "Unknown currency.");
        var etag = ReportCache.ETagFor(http.Request, user, today);
        if (ConditionalGet.IsNotModified(http, etag))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Ok(await cache.GetOrCreateAsync(user, etag, () => BuildAsync(db, user.Id, start, end, selected, clock, ct)));
    }

    public static (DateOnly From, DateOnly To) Period(string? period, string? from, string? to, DateOnly today)
    {
        int? days = (period ?? "30d") switch
        {
            "7d" => 7,
            "30d" => 30,
            "90d" => 90,
            "180d" => 180,
            "365d" => 365,
            "custom" => null,
            _ => throw MealsProblems.Field("PERIOD_INVALID", "period", "period is 7d, 30d, 90d, 180d, 365d or custom."),
        };
        if (days is { } n)
        {
            return (today.AddDays(1 - n), today);
        }

        var start = ExpenseRules.ParseDate(from);
        var end = ExpenseRules.ParseDate(to);
        if (start is null || end is null || end < start || end.Value.DayNumber - start.Value.DayNumber + 1 > 1096)
        {
            throw MealsProblems.Field("PERIOD_INVALID", "from", "A custom period needs from ≤ to (yyyy-MM-dd), at most 1,096 days.");
        }

        return (start.Value, end.Value);
    }

    public static async Task<SpendingReport> BuildAsync(MealsDb db, Guid userId, DateOnly from, DateOnly to, string currency, TimeProvider clock, CancellationToken ct)
    {
        var others = (await ExpenseAggregates.CurrenciesInAsync(db, userId, from, to, ct)).Where(c => c != currency).ToList();
        var scoped = ExpenseAggregates.InRange(db, userId, currency, from, to);

        // One grouped pass feeds the totals, categories, meal types and months: few groups (categories × meal types × months).
        // Whole months come from the month rows, the days at either end from the expenses.
        var groups = await MonthCells.InRangeAsync(db.MonthTotals.Where(t => t.UserId == userId && t.Currency == currency), scoped, from, to, ct);
        var total = groups.Sum(g => g.Total);
        var meals = groups.Sum(g => g.Meals);
        var spend = groups.Sum(g => g.Spend);
        var people = groups.Sum(g => g.People);
        decimal Share(long part) => total == 0 ? 0 : Math.Round(part * 100m / total, 2);

        var categories = await db.Categories.AsNoTracking().Where(c => c.UserId == userId).ToDictionaryAsync(c => c.Id, c => new { c.Name, c.Colour }, ct);
        var byCategory = groups.GroupBy(g => g.CategoryId)
            .Select(g => new { g.Key, Total = g.Sum(x => x.Total), Count = g.Sum(x => x.Count), Category = g.Key is { } id ? categories.GetValueOrDefault(id) : null })
            .OrderByDescending(c => c.Total).ThenByDescending(c => c.Count).ThenBy(c => c.Key)
            .Select(c => new SpendingShare(c.Key?.ToString(), c.Category?.Name ?? "Uncategorised", c.Category?.Colour, c.Total, c.Count, Share(c.Total))).ToList();
        var byMeal = groups.GroupBy(g => g.MealType)
            .Select(g => new { g.Key, Total = g.Sum(x => x.Total), Count = g.Sum(x => x.Count) })
            .OrderByDescending(m => m.Total).ThenByDescending(m => m.Count).ThenBy(m => m.Key, StringComparer.Ordinal)
            .Select(m => new SpendingShare(m.Key, m.Key ?? "unspecified", null, m.Total, m.Count, Share(m.Total))).ToList();
        var monthly = groups.GroupBy(g => (g.Month.Year, g.Month.Month)).ToDictionary(g => g.Key, g => (Total: g.Sum(x => x.Total), Count: g.Sum(x => x.Count)));
        var months = new List<MonthPoint>();
        for (var m = new DateOnly(from.Year, from.Month, 1); m <= to; m = m.AddMonths(1))
        {
            var point = monthly.GetValueOrDefault((m.Year, m.Month));
            months.Add(new MonthPoint(m.ToString("yyyy-MM", CultureInfo.InvariantCulture), point.Total, point.Count));
        }

        var byRestaurantAll = (await MonthCells.PlacesAsync(db, userId, currency, from, to, ct)).Select(p => new { Key = p.RestaurantId, p.Total, p.Count }).ToList();
        var top = byRestaurantAll.OrderByDescending(r => r.Total).ThenByDescending(r => r.Count).ThenBy(r => r.Key).Take(20).ToList();
        var topIds = top.Select(r => r.Key).ToList();
        var restaurants = await db.Restaurants.Where(r => topIds.Contains(r.Id))
            .Select(r => new RestaurantLabels.Place(r.Id, r.Name, r.City, r.AddressLine1)).ToListAsync(ct);
        var names = RestaurantLabels.Distinguish(restaurants);
        var restaurantSlices = top.Select(r => new SpendingShare(r.Key.ToString(), names.GetValueOrDefault(r.Key) ?? "?", null, r.Total, r.Count, Share(r.Total))).ToList();
        if (byRestaurantAll.Count > 20)
        {
            var rest = byRestaurantAll.Except(top).ToList();
            restaurantSlices.Add(new SpendingShare(null, "Others", null, rest.Sum(r => r.Total), rest.Sum(r => r.Count), Share(rest.Sum(r => r.Total))));
        }

        var topIdsExpenses = await scoped.OrderByDescending(e => e.AmountMinor).ThenByDescending(e => e.LocalDate).ThenByDescending(e => e.Id)
            .Take(10).Select(e => e.Id).ToListAsync(ct);
        var topViews = (await ExpenseRules.LoadViewsAsync(db, userId, db.Expenses.AsNoTracking().Where(e => topIdsExpenses.Contains(e.Id)), ct)).ToDictionary(v => v.Id);

        return new SpendingReport(
            ExpenseRules.FormatDate(from), ExpenseRules.FormatDate(to), currency, others.OrderBy(c => c, StringComparer.Ordinal).ToList(),
            new SpendingTotals(total, meals, meals > 0 ? Money.DivideRounded(total, meals) : 0, people > 0 ? Money.DivideRounded(spend, people) : 0),
            byCategory,
            restaurantSlices,
            byMeal,
            months,
            topIdsExpenses.Where(topViews.ContainsKey).Select(id => topViews[id]).ToList(),
            clock.GetUtcNow().UtcDateTime);
    }
}
