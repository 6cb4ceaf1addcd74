using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Budgets;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Meals.Expenses;
using Quartet.Platform.Http;

namespace Quartet.Meals.Reports;

/// <summary>GET /dashboard: per-currency month-to-date and 30-day figures, top restaurants, latest expenses, this month's budgets.</summary>
public static class GetDashboard
{
    public sealed record TopRestaurant(Guid Id, string Name, int Visits, long TotalMinor);

    public sealed record CurrencyBlock(
        string Currency, long MonthToDateMinor, int MonthToDateCount, long Last30Minor, int Last30Count, long Last30AvgPerMealMinor,
        IReadOnlyList<TopRestaurant> TopRestaurants);

    public sealed record Dashboard(string Today, string HomeCurrency, IReadOnlyList<CurrencyBlock> Currencies, IReadOnlyList<ExpenseView> Latest,
        IReadOnlyList<BudgetStatus> Budgets, bool IsEmpty);

    public static void Map(RouteGroupBuilder group) => group.MapGet("/dashboard", HandleAsync).Produces(StatusCodes.Status304NotModified);

    private static async Task<Results<Ok<Dashboard>, StatusCodeHttpResult>> HandleAsync(HttpContext http, MealsDb db, MealsUser user, TimeProvider clock, AggregateCache cache, CancellationToken ct)
    {
        var today = Zones.Today(clock, user.Settings.TimeZone);
        var etag = ReportCache.ETagFor(http.Request, user, today);
        if (ConditionalGet.IsNotModified(http, etag))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Ok(await cache.GetOrCreateAsync(user, etag, () => BuildAsync(db, user, today, ct)));
    }

    private static async Task<Dashboard> BuildAsync(MealsDb db, MealsUser user, DateOnly today, CancellationToken ct)
    {
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        var from30 = today.AddDays(-29);
        var from90 = today.AddDays(-89);
        var earliest = monthStart < from30 ? monthStart : from30;
        var recent = new List<(string Currency, bool InMonth, bool In30, long Total, int Meals)>();
        var visits = new List<(string Currency, Guid RestaurantId, int Visits, long Total)>();
        foreach (var currency in await ExpenseAggregates.CurrenciesAsync(db, user.Id, ct))
        {
            var inPeriod = await ExpenseAggregates.InRange(db, user.Id, currency, earliest, today)
                .GroupBy(e => new { InMonth = e.LocalDate >= monthStart, In30 = e.LocalDate >= from30 })
                .Select(g => new { g.Key.InMonth, g.Key.In30, Total = g.Sum(e => e.AmountMinor), Meals = g.Sum(e => e.AmountMinor > 0 ? 1 : 0) })
                .ToListAsync(ct);
            recent.AddRange(inPeriod.Select(r => (currency, r.InMonth, r.In30, r.Total, r.Meals)));
            var byRestaurant = await MonthCells.PlacesAsync(db, user.Id, currency, from90, today, ct);
            visits.AddRange(byRestaurant.Select(v => (currency, v.RestaurantId, v.Meals, v.Total)));
        }

        var topByCurrency = visits.GroupBy(v => v.Currency).ToDictionary(g => g.Key,
            g => g.OrderByDescending(v => v.Visits).ThenByDescending(v => v.Total).ThenBy(v => v.RestaurantId).Take(5).ToList());
        var restaurantIds = topByCurrency.Values.SelectMany(v => v).Select(v => v.RestaurantId).Distinct().ToList();
        var names = await db.Restaurants.Where(r => restaurantIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, ct);

        var currencies = recent.Select(r => r.Currency).Concat(topByCurrency.Keys).Distinct()
            .OrderBy(c => c == user.Settings.HomeCurrency ? 0 : 1).ThenBy(c => c, StringComparer.Ordinal)
            .Select(c =>
            {
                var month = recent.Where(r => r.Currency == c && r.InMonth).ToList();
                var last30 = recent.Where(r => r.Currency == c && r.In30).ToList();
                var meals30 = last30.Sum(r => r.Meals);
                return new CurrencyBlock(c, month.Sum(r => r.Total), month.Sum(r => r.Meals), last30.Sum(r => r.Total), meals30,
                    meals30 == 0 ? 0 : Money.DivideRounded(last30.Sum(r => r.Total), meals30),
                    (topByCurrency.GetValueOrDefault(c) ?? []).Select(v => new TopRestaurant(v.RestaurantId, names.GetValueOrDefault(v.RestaurantId) ?? "?", v.Visits, v.Total)).ToList());
            }).ToList();

        var latestIds = await db.Expenses.AsNoTracking().Where(e => e.UserId == user.Id)
            .OrderByDescending(e => e.LocalDate).ThenByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id).Take(5).Select(e => e.Id).ToListAsync(ct);
        var latest = (await ExpenseRules.LoadViewsAsync(db, user.Id, db.Expenses.AsNoTracking().Where(e => latestIds.Contains(e.Id)), ct)).ToDictionary(v => v.Id);
        var budgets = await BudgetRules.ForMonthAsync(db, user.Id, monthStart, today, ct);
        return new Dashboard(ExpenseRules.FormatDate(today), user.Settings.HomeCurrency, currencies,
            latestIds.Select(id => latest[id]).ToList(), budgets, latestIds.Count == 0);
    }
}
