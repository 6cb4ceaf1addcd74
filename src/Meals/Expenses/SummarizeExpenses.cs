using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Meals.Reports;

namespace Quartet.Meals.Expenses;

/// <summary>Count, total and average per person of the filtered expenses, per currency.</summary>
public static class SummarizeExpenses
{
    public sealed record CurrencySummary(string Currency, int Count, long TotalMinor, long AvgPerPersonMinor);

    public sealed record ExpenseSummary(int Count, IReadOnlyList<CurrencySummary> Currencies);

    public static void Map(RouteGroupBuilder group) => group.MapGet("/expenses/summary", HandleAsync);

    private static async Task<Ok<ExpenseSummary>> HandleAsync(HttpRequest request, MealsDb db, MealsUser user, AggregateCache cache, TimeProvider clock, CancellationToken ct)
    {
        var filter = ExpenseFilter.Parse(request.Query);
        var etag = ReportCache.ETagFor(request, user, Zones.Today(clock, user.Settings.TimeZone));
        return TypedResults.Ok(await cache.GetOrCreateAsync(user, etag, () => SummarizeAsync(db, user.Id, filter, ct)));
    }

    /// <summary>
    /// Filters by dates, currency, category and meal type only read the month rows (plus the days of the months the dates
    /// cut); any other filter needs the expenses themselves.
    /// </summary>
    private static async Task<ExpenseSummary> SummarizeAsync(MealsDb db, Guid userId, ExpenseFilter filter, CancellationToken ct)
    {
        var expenses = await filter.ApplyAsync(db, userId, ct);
        var rows = filter.FitsMonthTotals
            ? await MonthCells.ByCurrencyAsync(filter.Narrow(db.MonthTotals.Where(t => t.UserId == userId)), expenses, filter.From, filter.To, ct)
            : await MonthCells.ByCurrencyFromExpensesAsync(expenses, ct);
        var currencies = rows
            .Select(r => new CurrencySummary(r.Currency, r.Count, r.Total, Money.DivideRounded(r.Spend, r.People))).ToList();
        return new ExpenseSummary(rows.Sum(r => r.Count), currencies);
    }
}
