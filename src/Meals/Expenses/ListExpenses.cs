using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Meals.Reports;
using Quartet.Platform.Http;

namespace Quartet.Meals.Expenses;

/// <summary>The filtered, sorted, paged expense list.</summary>
public static class ListExpenses
{
    private const int ProbeSize = 1000;

    public static void Map(RouteGroupBuilder group) => group.MapGet("/expenses", HandleAsync);

    private static async Task<Ok<PagedList<ExpenseView>>> HandleAsync(HttpRequest request, PageRequest page, MealsDb db, MealsUser user, AggregateCache cache, TimeProvider clock,
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
}
