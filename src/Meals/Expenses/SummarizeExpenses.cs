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
        return TypedResults.Ok(await cache.GetOrCreateAsync(user, etag, async () => await SummarizeAsync(await filter.ApplyAsync(db, user.Id, ct), ct)));
    }

    private static async Task<ExpenseSummary> SummarizeAsync(IQueryable<Expense> query, CancellationToken ct)
    {
        var rows = await query.GroupBy(e => e.Currency).Select(g => new
        {
            Currency = g.Key,
            Count = g.Count(),
            Total = g.Sum(e => e.AmountMinor),
            Spend = g.Sum(e => e.AmountMinor > 0 ? e.AmountMinor : 0),
            People = g.Sum(e => e.AmountMinor > 0 ? e.PartySize : 0),
        }).ToListAsync(ct);
        var currencies = rows.OrderBy(r => r.Currency, StringComparer.Ordinal)
            .Select(r => new CurrencySummary(r.Currency, r.Count, r.Total, Money.DivideRounded(r.Spend, r.People))).ToList();
        return new ExpenseSummary(rows.Sum(r => r.Count), currencies);
    }
}
