using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Meals.Reports;
using Quartet.Platform.Http;

namespace Quartet.Meals.Expenses;

/// <summary>The filtered, sorted, paged expense list and its per-currency summary.</summary>
public static class ListExpenses
{
    public sealed record CurrencySummary(string Currency, int Count, long TotalMinor, long AvgPerPersonMinor);

    public sealed record Summary(int Count, IReadOnlyList<CurrencySummary> Currencies);

    private const int ProbeSize = 1000;

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/expenses", ListAsync);
        group.MapGet("/expenses/summary", SummaryAsync);
    }

    private static async Task<IResult> ListAsync(HttpRequest request, PageRequest page, MealsDb db, MealsUser user, AggregateCache cache, TimeProvider clock,
        CancellationToken ct)
    {
        var filter = ExpenseFilter.Parse(request.Query);
        var query = await filter.ApplyAsync(db, user.Id, ct);
        var ordered = filter.Order(db, query).Select(e => e.Id);

        // One pass reads the ids of the first ProbeSize matches in list order. A selective filter (the usual case) has
        // fewer, so they give both the page and the total, instead of a COUNT and then a page query over the same rows.
        var probe = await ordered.Take(ProbeSize + 1).ToListAsync(ct);
        var total = probe.Count <= ProbeSize ? probe.Count
            : await cache.GetOrCreateAsync(user, ReportCache.ETagFor(user, TotalKey(request.Query), Zones.Today(clock, user.Settings.TimeZone)), () => query.CountAsync(ct));
        var ids = page.Skip + page.PageSize <= probe.Count
            ? probe.GetRange(page.Skip, page.PageSize)
            : probe.Count <= ProbeSize ? probe.Skip(page.Skip).ToList() : await ordered.Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        var views = (await ExpenseRules.LoadViewsAsync(db, user.Id, db.Expenses.AsNoTracking().Where(e => ids.Contains(e.Id)), ct)).ToDictionary(v => v.Id);
        return TypedResults.Ok(new PagedList<ExpenseView>(ids.Where(views.ContainsKey).Select(id => views[id]).ToList(), page.Page, page.PageSize, total));
    }

    /// <summary>The filters alone (no paging or order), so every page of one list shares its cached total.</summary>
    private static string TotalKey(IQueryCollection query) =>
        "expenses-total?" + string.Join('&', query.Where(p => p.Key.ToLowerInvariant() is not ("page" or "pagesize" or "sort" or "order"))
            .OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase)
            .SelectMany(p => p.Value.Select(v => $"{Uri.EscapeDataString(p.Key.ToLowerInvariant())}={Uri.EscapeDataString(v ?? "")}")));

    private static async Task<IResult> SummaryAsync(HttpRequest request, MealsDb db, MealsUser user, AggregateCache cache, TimeProvider clock, CancellationToken ct)
    {
        var filter = ExpenseFilter.Parse(request.Query);
        var etag = ReportCache.ETagFor(request, user, Zones.Today(clock, user.Settings.TimeZone));
        return TypedResults.Ok(await cache.GetOrCreateAsync(user, etag, async () => await SummarizeAsync(await filter.ApplyAsync(db, user.Id, ct), ct)));
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
