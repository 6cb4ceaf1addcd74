using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Shop.Allocation;
using Quartet.Shop.Common;
using Quartet.Shop.Data;
using Quartet.Shop.Demo;
using Quartet.Shop.Operations;

namespace Quartet.Shop.Tests;

/// <summary>
/// The demo seed, the monthly allocation and the expiry job at moments where date arithmetic breaks (month ends, a leap
/// day, DST switches, the turn of the year), with the shop's months in New York time so the UTC date can differ.
/// </summary>
public abstract class CalendarTests(TestProvider provider)
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Theory]
    [MemberData(nameof(CalendarDates.Names), MemberType = typeof(CalendarDates))]
    public async Task Demo_month_allocation_and_expiry_hold_on_awkward_dates(string moment)
    {
        var now = CalendarDates.Utc(moment);
        var clock = new TestClock(now);
        await using var host = await QuartetTestHost.StartAsync(provider, new Dictionary<string, string?> { ["Shop:TimeZone"] = Zone.Id },
            modules: [new ShopModule()], clock: clock);
        var kit = new ShopKit(host);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await DemoSeeder.SeedAsync(scope.ServiceProvider, new Progress<string>(), CancellationToken.None);
        }

        (await kit.CountAsync<Order>()).ShouldBeGreaterThan(30, "a month of orders");
        (await kit.QueryAsync(db => db.Orders.CountAsync(o => o.Status == OrderStatus.Cancelled))).ShouldBeGreaterThan(0);
        (await kit.QueryAsync(db => db.Orders.CountAsync(o => o.PlacedAt > now.UtcDateTime))).ShouldBe(0, "no order placed after now");
        await kit.ShouldReconcileAsync();

        var current = await AllocateAsync(host);
        current.Period.ShouldBe(Months.PeriodOf(now.UtcDateTime, Zone));
        current.Allocated.ShouldBe(0, "the demo allocated the current month");
        current.AlreadyDone.ShouldBe(current.Employees);
        current.Employees.ShouldBeGreaterThan(DemoSeeder.Employees - 1);
        var local = TimeZoneInfo.ConvertTimeFromUtc(now.UtcDateTime, Zone);
        var nextMonth = new DateTime(local.Year, local.Month, 1, 0, 30, 0).AddMonths(1);
        clock.Set(new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(nextMonth, Zone), TimeSpan.Zero));
        var next = await AllocateAsync(host);
        next.Period.ShouldBe(nextMonth.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
        (next.Allocated + next.Skipped).ShouldBe(current.Employees);
        (await AllocateAsync(host)).Allocated.ShouldBe(0, "a second run in the same month grants nothing");

        var asOf = now.UtcDateTime.AddDays(21);
        clock.Set(new DateTimeOffset(asOf, TimeSpan.Zero));
        var due = await kit.QueryAsync(db => db.Lots.Where(l => l.Remaining > 0 && l.ExpiresAt <= asOf).SumAsync(l => (long)l.Remaining));
        due.ShouldBeGreaterThan(0, "the demo's expiring grant falls due within 21 days");
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var expired = await scope.ServiceProvider.GetRequiredService<PointsExpiry>().RunAsync(asOf, null, CancellationToken.None);
            expired.Points.ShouldBe(due);
        }

        await kit.ShouldReconcileAsync();
    }

    private static async Task<AllocationSummary> AllocateAsync(QuartetTestHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var allocator = scope.ServiceProvider.GetRequiredService<MonthlyAllocator>();
        return await allocator.RunAsync(allocator.CurrentPeriod, false, null, CancellationToken.None);
    }
}

public sealed class CalendarTestsOnSqlite() : CalendarTests(TestProvider.Sqlite);

public sealed class CalendarTestsOnPostgres() : CalendarTests(TestProvider.Postgres);

public sealed class CalendarTestsOnMySql() : CalendarTests(TestProvider.MySql);
