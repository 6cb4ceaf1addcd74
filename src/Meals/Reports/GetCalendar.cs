using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Meals.Restaurants;

namespace Quartet.Meals.Reports;

/// <summary>GET /calendar?month=YYYY-MM: per local day, count, totals per currency and up to 20 items.</summary>
public static class GetCalendar
{
    public sealed record CalendarExpense(Guid Id, string RestaurantName, long AmountMinor, string Currency, string? LocalTime);

    public sealed record CalendarDay(string Date, int Count, IReadOnlyList<CurrencyAmount> Totals, IReadOnlyList<CalendarExpense> Items, int More);

    public sealed record CalendarMonth(string Value, IReadOnlyList<CalendarDay> Days);

    public static void Map(RouteGroupBuilder group) => group.MapGet("/calendar", HandleAsync);

    private static async Task<Ok<CalendarMonth>> HandleAsync(MealsDb db, MealsUser user, TimeProvider clock, CancellationToken ct, string? month = null)
    {
        var today = Zones.Today(clock, user.Settings.TimeZone);
        var first = new DateOnly(today.Year, today.Month, 1);
        if (month is not null && !DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out first))
        {
            throw MealsProblems.Field("VALIDATION_FAILED", "month", "Use a month like 2025-03.");
        }

        var last = first.AddMonths(1).AddDays(-1);
        var rows = await (
            from e in db.Expenses.AsNoTracking()
            where e.UserId == user.Id && e.LocalDate >= first && e.LocalDate <= last
            join r in db.Restaurants on e.RestaurantId equals r.Id
            orderby e.LocalDate, e.LocalTime, e.Id
            select new { e.Id, e.LocalDate, e.LocalTime, e.AmountMinor, e.Currency, r.Name }).ToListAsync(ct);
        var days = rows.GroupBy(r => r.LocalDate).Select(g => new CalendarDay(
            Expenses.ExpenseRules.FormatDate(g.Key), g.Count(),
            g.GroupBy(x => x.Currency).OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => new CurrencyAmount(c.Key, c.Sum(x => x.AmountMinor))).ToList(),
            g.Take(20).Select(x => new CalendarExpense(x.Id, x.Name, x.AmountMinor, x.Currency, Expenses.ExpenseRules.FormatTime(x.LocalTime))).ToList(),
            Math.Max(0, g.Count() - 20))).ToList();
        return TypedResults.Ok(new CalendarMonth(first.ToString("yyyy-MM", CultureInfo.InvariantCulture), days));
    }
}
