using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Platform.Http;

namespace Quartet.Meals.Expenses;

/// <summary>The filtered, sorted, paged expense list and its per-currency summary.</summary>
public static class ListExpenses
{
    public sealed record CurrencySummary(string Currency, int Count, long TotalMinor, long AvgPerPersonMinor);

    public sealed record Summary(int Count, IReadOnlyList<CurrencySummary> Currencies);

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/expenses", ListAsync);
        group.MapGet("/expenses/summary", SummaryAsync);
    }

    private static async Task<IResult> ListAsync(HttpRequest request, PageRequest page, MealsDb db, MealsUser user, CancellationToken ct)
    {
        var filter = ExpenseFilter.Parse(request.Query);
        var query = await filter.ApplyAsync(db, user.Id, ct);
        var total = await query.CountAsync(ct);
        var ids = await filter.Order(db, query).Skip(page.Skip).Take(page.PageSize).Select(e => e.Id).ToListAsync(ct);
        var views = (await ExpenseRules.LoadViewsAsync(db, user.Id, db.Expenses.AsNoTracking().Where(e => ids.Contains(e.Id)), ct)).ToDictionary(v => v.Id);
        return TypedResults.Ok(new PagedList<ExpenseView>(ids.Where(views.ContainsKey).Select(id => views[id]).ToList(), page.Page, page.PageSize, total));
    }

    private static async Task<IResult> SummaryAsync(HttpRequest request, MealsDb db, MealsUser user, CancellationToken ct)
    {
        var query = await ExpenseFilter.Parse(request.Query).ApplyAsync(db, user.Id, ct);
        return TypedResults.Ok(await SummarizeAsync(query, ct));
    }

    public static async Task<Summary> SummarizeAsync(IQueryable<Expense> query, CancellationToken ct)
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
        return new Summary(rows.Sum(r => r.Count), currencies);
    }
}
