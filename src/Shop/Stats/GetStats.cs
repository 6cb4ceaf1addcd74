using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartet.Shop.Allocation;
using Quartet.Shop.Common;
using Quartet.Shop.Data;

namespace Quartet.Shop.Stats;

/// <summary>The admin dashboard: totals, top products and a daily series over a range of at most 366 days.</summary>
public static class GetStats
{
    public sealed record Totals(
        int ActiveEmployees, int ActiveProducts, int TotalProducts, int LowStockProducts, Dictionary<string, int> OrdersByStatus,
        long PointsGranted, long PointsDeducted, long PointsRedeemed, long PointsRefunded, long PointsExpired, long OutstandingBalance);

    public sealed record TopProduct(Guid ProductId, string Name, int Units, long Points);

    public sealed record Day(DateOnly Date, int Orders, long PointsRedeemed, long PointsGranted, int ActiveEmployees);

    public sealed record Response(DateTime From, DateTime To, Totals Totals, IReadOnlyList<TopProduct> TopProducts, IReadOnlyList<Day> Daily);

    public static void Map(RouteGroupBuilder anyAdmin) =>
        anyAdmin.MapGet("/stats", async (DateTime? from, DateTime? to, ShopDb db, MonthlyAllocator allocator, IOptions<ShopOptions> options, ShopClock clock, CancellationToken ct) =>
        {
            var settings = options.Value;
            var end = QueryArgs.Utc(to) ?? clock.UtcNow;
            var start = QueryArgs.Utc(from) ?? end.AddDays(-30);
            QueryArgs.Range(start, end);
            if (end - start > TimeSpan.FromDays(366))
            {
                throw ShopErrors.Validation("from", "The range may span at most 366 days.");
            }

            var byType = await db.Ledger.AsNoTracking().Where(e => e.CreatedAt >= start && e.CreatedAt <= end)
                .GroupBy(e => e.Type).Select(g => new { g.Key, Sum = g.Sum(e => (long)e.Amount) }).ToDictionaryAsync(x => x.Key, x => Math.Abs(x.Sum), ct);
            var orders = await db.Orders.AsNoTracking().Where(o => o.PlacedAt >= start && o.PlacedAt <= end)
                .GroupBy(o => o.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
            var products = await db.Products.AsNoTracking()
                .GroupBy(p => 1)
                .Select(g => new { Total = g.Count(), Active = g.Count(p => p.IsActive), Low = g.Count(p => p.IsActive && p.Stock <= settings.LowStockThreshold) })
                .SingleOrDefaultAsync(ct);
            var outstanding = await db.Accounts.AsNoTracking().SumAsync(a => (long)a.Balance, ct);
            var totals = new Totals(
                (await allocator.ActiveEmployeesAsync(ct)).Count, products?.Active ?? 0, products?.Total ?? 0, products?.Low ?? 0,
                Enum.GetValues<OrderStatus>().ToDictionary(s => s.ToString().ToLowerInvariant(), s => orders.FirstOrDefault(o => o.Key == s)?.Count ?? 0),
                byType.GetValueOrDefault(LedgerType.Grant), byType.GetValueOrDefault(LedgerType.Deduct), byType.GetValueOrDefault(LedgerType.Redeem),
                byType.GetValueOrDefault(LedgerType.Refund), byType.GetValueOrDefault(LedgerType.Expire), outstanding);

            var top = await db.Orders.AsNoTracking().Where(o => o.PlacedAt >= start && o.PlacedAt <= end && o.Status != OrderStatus.Cancelled)
                .GroupBy(o => o.ProductId)
                .Select(g => new { ProductId = g.Key, Name = g.Max(o => o.ProductName), Units = g.Sum(o => o.Quantity), Points = g.Sum(o => (long)o.TotalCost) })
                .OrderByDescending(x => x.Units).ThenBy(x => x.ProductId).Take(10).ToListAsync(ct);

            var zone = settings.Zone;
            DateOnly DayOf(DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, zone));
            var entries = await db.Ledger.AsNoTracking().Where(e => e.CreatedAt >= start && e.CreatedAt <= end)
                .Select(e => new { e.CreatedAt, e.Type, e.Amount, e.UserId }).ToListAsync(ct);
            var placed = await db.Orders.AsNoTracking().Where(o => o.PlacedAt >= start && o.PlacedAt <= end)
                .Select(o => new { o.PlacedAt, o.UserId }).ToListAsync(ct);
            var days = new List<Day>();
            var entriesByDay = entries.ToLookup(e => DayOf(e.CreatedAt));
            var ordersByDay = placed.ToLookup(o => DayOf(o.PlacedAt));
            for (var day = DayOf(start); day <= DayOf(end); day = day.AddDays(1))
            {
                var dayEntries = entriesByDay[day].ToList();
                var dayOrders = ordersByDay[day].ToList();
                days.Add(new Day(day, dayOrders.Count,
                    -dayEntries.Where(e => e.Type == LedgerType.Redeem).Sum(e => (long)e.Amount),
                    dayEntries.Where(e => e.Type == LedgerType.Grant).Sum(e => (long)e.Amount),
                    dayEntries.Select(e => e.UserId).Concat(dayOrders.Select(o => o.UserId)).Distinct().Count()));
            }

            return TypedResults.Ok(new Response(start, end, totals, [.. top.Select(t => new TopProduct(t.ProductId, t.Name ?? "", t.Units, t.Points))], days));
        });
}
