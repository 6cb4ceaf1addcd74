using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Meals.Expenses;

namespace Quartet.Meals.Reports;

/// <summary>GET /reports: every section for one currency over a period of local dates.</summary>
public static class ReportEndpoints
{
    public sealed record Totals(long TotalMinor, int MealCount, long AvgPerMealMinor, long AvgPerPersonMinor);

    public sealed record Slice(string? Id, string Label, string? Colour, long TotalMinor, int Count, decimal Share);

    public sealed record MonthPoint(string Month, long TotalMinor, int Count);

    public sealed record Report(
        string From, string To, string Currency, IReadOnlyList<string> OtherCurrencies, Totals Totals, IReadOnlyList<Slice> ByCategory,
        IReadOnlyList<Slice> ByRestaurant, IReadOnlyList<Slice> ByMealType, IReadOnlyList<MonthPoint> Monthly, IReadOnlyList<ExpenseView> TopExpenses,
        DateTime GeneratedAt);

    public static void Map(RouteGroupBuilder group) => group.MapGet("/reports", HandleAsync);

    private static async Task<IResult> HandleAsync(HttpContext http, MealsDb db, MealsUser user, TimeProvider clock, CancellationToken ct,
        string? period = null, string? from = null, string? to = null, string? currency = null)
    {
        var today = Zones.Today(clock, user.Settings.TimeZone);
        var (start, end) = Period(period, from, to, today);
        var selected = currency is null ? user.Settings.HomeCurrency
            : Currencies.Normalize(currency) ?? throw MealsProblems.Field("VALIDATION_FAILED", "currency", "Unknown currency.");
        var etag = ReportCache.ETagFor(http.Request, user, today);
        if (ReportCache.IsNotModified(http, etag))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Ok(await BuildAsync(db, user.Id, start, end, selected, clock, ct));
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

    public static async Task<Report> BuildAsync(MealsDb db, Guid userId, DateOnly from, DateOnly to, string currency, TimeProvider clock, CancellationToken ct)
    {
        var inPeriod = db.Expenses.AsNoTracking().Where(e => e.UserId == userId && e.LocalDate >= from && e.LocalDate <= to);
        var others = await inPeriod.Where(e => e.Currency != currency).Select(e => e.Currency).Distinct().ToListAsync(ct);
        var scoped = inPeriod.Where(e => e.Currency == currency);

        var totals = await scoped.GroupBy(e => 1).Select(g => new
        {
            Total = g.Sum(e => e.AmountMinor),
            Meals = g.Sum(e => e.AmountMinor > 0 ? 1 : 0),
            Spend = g.Sum(e => e.AmountMinor > 0 ? e.AmountMinor : 0),
            People = g.Sum(e => e.AmountMinor > 0 ? e.PartySize : 0),
        }).FirstOrDefaultAsync(ct);
        var total = totals?.Total ?? 0;
        decimal Share(long part) => total == 0 ? 0 : Math.Round(part * 100m / total, 2);

        var byCategory = await (
            from g in scoped.GroupBy(e => e.CategoryId).Select(g => new { g.Key, Total = g.Sum(e => e.AmountMinor), Count = g.Count() })
            join c in db.Categories on g.Key equals c.Id into cats
            from c in cats.DefaultIfEmpty()
            select new { g.Key, g.Total, g.Count, Name = c == null ? null : c.Name, Colour = c == null ? null : c.Colour }).ToListAsync(ct);

        var byRestaurantAll = await scoped.GroupBy(e => e.RestaurantId)
            .Select(g => new { g.Key, Total = g.Sum(e => e.AmountMinor), Count = g.Count() })
            .ToListAsync(ct);
        var top = byRestaurantAll.OrderByDescending(r => r.Total).ThenByDescending(r => r.Count).ThenBy(r => r.Key).Take(20).ToList();
        var topIds = top.Select(r => r.Key).ToList();
        var names = await db.Restaurants.Where(r => topIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, ct);
        var restaurantSlices = top.Select(r => new Slice(r.Key.ToString(), names.GetValueOrDefault(r.Key) ?? "?", null, r.Total, r.Count, Share(r.Total))).ToList();
        if (byRestaurantAll.Count > 20)
        {
            var rest = byRestaurantAll.Except(top).ToList();
            restaurantSlices.Add(new Slice(null, "Others", null, rest.Sum(r => r.Total), rest.Sum(r => r.Count), Share(rest.Sum(r => r.Total))));
        }

        var byMeal = await scoped.GroupBy(e => e.MealType).Select(g => new { g.Key, Total = g.Sum(e => e.AmountMinor), Count = g.Count() }).ToListAsync(ct);

        var monthly = await scoped.GroupBy(e => new { e.LocalDate.Year, e.LocalDate.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Total = g.Sum(e => e.AmountMinor), Count = g.Count() }).ToListAsync(ct);
        var months = new List<MonthPoint>();
        for (var m = new DateOnly(from.Year, from.Month, 1); m <= to; m = m.AddMonths(1))
        {
            var point = monthly.FirstOrDefault(x => x.Year == m.Year && x.Month == m.Month);
            months.Add(new MonthPoint(m.ToString("yyyy-MM", CultureInfo.InvariantCulture), point?.Total ?? 0, point?.Count ?? 0));
        }

        var topIdsExpenses = await scoped.OrderByDescending(e => e.AmountMinor).ThenByDescending(e => e.LocalDate).ThenByDescending(e => e.Id)
            .Take(10).Select(e => e.Id).ToListAsync(ct);
        var topViews = (await ExpenseRules.LoadViewsAsync(db, userId, db.Expenses.AsNoTracking().Where(e => topIdsExpenses.Contains(e.Id)), ct)).ToDictionary(v => v.Id);

        return new Report(
            ExpenseRules.FormatDate(from), ExpenseRules.FormatDate(to), currency, others.OrderBy(c => c, StringComparer.Ordinal).ToList(),
            new Totals(total, totals?.Meals ?? 0, totals is { Meals: > 0 } ? Money.DivideRounded(total, totals.Meals) : 0,
                totals is { People: > 0 } ? Money.DivideRounded(totals.Spend, totals.People) : 0),
            byCategory.OrderByDescending(c => c.Total).Select(c => new Slice(c.Key?.ToString(), c.Name ?? "Uncategorised", c.Colour, c.Total, c.Count, Share(c.Total))).ToList(),
            restaurantSlices,
            byMeal.OrderByDescending(m => m.Total).Select(m => new Slice(m.Key, m.Key ?? "unspecified", null, m.Total, m.Count, Share(m.Total))).ToList(),
            months,
            topIdsExpenses.Where(topViews.ContainsKey).Select(id => topViews[id]).ToList(),
            clock.GetUtcNow().UtcDateTime);
    }
}
