using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Shop.Allocation;
using Quartet.Shop.Data;
using Quartet.Shop.Operations;

namespace Quartet.Shop.Tests;

/// <summary>Rules that depend on time, driven by an injected clock: cancel window, expiry, refund validity, allocation.</summary>
public abstract class TimeRuleTests<T>(T fixture) : IClassFixture<T> where T : ClockedHost
{
    private readonly ShopKit kit = new(fixture.Host);

    private TestClock Clock => fixture.Clock;

    [Fact]
    public async Task An_employee_can_cancel_until_one_second_before_24_hours_but_not_at_24_hours()
    {
        var product = await kit.ProductAsync(cost: 10, stock: 10);
        var employee = await kit.FundedEmployeeAsync(100);

        var first = await ShopKit.PlaceAsync(employee.Client, product);
        Clock.Advance(TimeSpan.FromHours(24) - TimeSpan.FromSeconds(1));
        (await employee.Client.PostAsync($"/api/shop/orders/{first}/cancel", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var second = await ShopKit.PlaceAsync(employee.Client, product);
        Clock.Advance(TimeSpan.FromHours(24));
        await (await employee.Client.PostAsync($"/api/shop/orders/{second}/cancel", null)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "CANCEL_WINDOW_CLOSED");

        // An admin may still cancel, and a fulfilled order is restocked only on request.
        var admin = await kit.AdminAsync();
        (await admin.Client.PostAsync($"/api/shop/admin/orders/{second}/fulfil", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var stockBefore = await kit.StockAsync(product);
        (await admin.Client.PostAsJsonAsync($"/api/shop/admin/orders/{second}/cancel", new { reason = "damaged", restock = false })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await kit.StockAsync(product)).ShouldBe(stockBefore);
        (await ShopKit.BalanceAsync(employee.Client)).ShouldBe(100);
        await kit.ShouldReconcileAsync();
    }

    [Fact]
    public async Task The_balance_is_read_fresh_after_each_write_with_the_points_expiring_within_30_days_and_their_earliest_expiry()
    {
        var admin = await kit.AdminAsync();
        var employee = await kit.EmployeeAsync();
        var before = await ShopKit.BalanceAsync(employee.Client);
        var now = Clock.GetUtcNow().UtcDateTime;
        var granted = 0;
        foreach (var (amount, days) in new[] { (40, 20), (25, 5), (10, 45) })
        {
            (await admin.Client.PostAsJsonAsync("/api/shop/admin/points/grant", new { userId = employee.Id, amount, reason = "expiring", expiresAt = now.AddDays(days) }))
                .StatusCode.ShouldBe(HttpStatusCode.Created);
            granted += amount;
            (await ShopKit.BalanceAsync(employee.Client)).ShouldBe(before + granted, "the read after a write sees it");
        }

        var earliest = await kit.QueryAsync(db => db.Lots.Where(l => l.UserId == employee.Id && l.ExpiresAt != null).MinAsync(l => l.ExpiresAt));
        var soon = (await (await employee.Client.GetAsync("/api/shop/me/balance")).ReadAsAsync<JsonElement>()).GetProperty("expiringSoon");
        soon.GetProperty("points").GetInt32().ShouldBe(65, "the lots expiring in 20 and 5 days, not the one in 45");
        soon.GetProperty("earliestAt").GetDateTime().ShouldBe(earliest!.Value);
    }

    [Fact]
    public async Task Expiry_removes_only_what_remains_once_and_refunds_keep_the_earliest_expiry_with_a_30_day_minimum()
    {
        var admin = await kit.AdminAsync();
        var employee = await kit.EmployeeAsync();
        var expiresAt = Clock.GetUtcNow().UtcDateTime.AddDays(10);
        (await admin.Client.PostAsJsonAsync("/api/shop/admin/points/grant", new { userId = employee.Id, amount = 100, reason = "expiring", expiresAt }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        await kit.GrantAsync(employee.Id, 50);

        var balance = await (await employee.Client.GetAsync("/api/shop/me/balance")).ReadAsAsync<JsonElement>();
        balance.GetProperty("expiringSoon").GetProperty("points").GetInt32().ShouldBe(100);

        var product = await kit.ProductAsync(cost: 30, stock: 10);
        await ShopKit.PlaceAsync(employee.Client, product);
        var cancelled = await ShopKit.PlaceAsync(employee.Client, product);
        (await employee.Client.PostAsync($"/api/shop/orders/{cancelled}/cancel", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var refundLot = await kit.QueryAsync(db => db.Lots.Where(l => l.UserId == employee.Id).OrderByDescending(l => l.GrantedAt).ThenByDescending(l => l.Id).FirstAsync());
        refundLot.ExpiresAt.ShouldBe(Clock.GetUtcNow().UtcDateTime.AddDays(30), "the consumed lot expires in 10 days; refunds stay valid at least 30");

        Clock.Advance(TimeSpan.FromDays(11));
        await ExpireAsync();
        (await ExpiredPointsAsync(employee.Id)).ShouldBe(40, "100 granted, 60 spent from that oldest lot by two orders (one later refunded as a new lot)");
        var second = await ExpireAsync();
        second.Lots.ShouldBe(0);
        (await ExpiredPointsAsync(employee.Id)).ShouldBe(40, "a second run expires nothing again");
        (await ShopKit.BalanceAsync(employee.Client)).ShouldBe(50 + 30);
        await kit.ShouldReconcileAsync();
    }

    [Fact]
    public async Task Concurrent_expiry_runs_expire_each_lot_once()
    {
        var admin = await kit.AdminAsync();
        var employees = new List<TestUser>();
        for (var i = 0; i < 20; i++)
        {
            var employee = await kit.EmployeeAsync();
            employees.Add(employee);
            (await admin.Client.PostAsJsonAsync("/api/shop/admin/points/grant",
                new { userId = employee.Id, amount = 40, reason = "short-lived", expiresAt = Clock.GetUtcNow().UtcDateTime.AddDays(2) })).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        Clock.Advance(TimeSpan.FromDays(3));
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(ExpireAsync)));
        foreach (var employee in employees)
        {
            (await ExpiredPointsAsync(employee.Id)).ShouldBe(40, "each lot expires exactly once");
            (await kit.QueryAsync(db => db.Ledger.CountAsync(e => e.UserId == employee.Id && e.Type == LedgerType.Expire))).ShouldBe(1);
        }

        (await ExpireAsync()).Lots.ShouldBe(0);
        await kit.ShouldReconcileAsync();
    }

    [Fact]
    public async Task Expiry_racing_redemptions_on_the_same_lot_splits_it_exactly_and_a_second_run_writes_nothing()
    {
        var admin = await kit.AdminAsync();
        var employee = await kit.EmployeeAsync();
        (await admin.Client.PostAsJsonAsync("/api/shop/admin/points/grant",
            new { userId = employee.Id, amount = 100, reason = "short-lived", expiresAt = Clock.GetUtcNow().UtcDateTime.AddDays(2) })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var product = await kit.ProductAsync(cost: 10, stock: 100);
        Clock.Advance(TimeSpan.FromDays(2) - TimeSpan.FromMilliseconds(1));

        var redemptions = ShopKit.TogetherAsync(10, _ => ShopKit.RedeemAsync(employee.Client, product));
        Clock.Advance(TimeSpan.FromMilliseconds(2));
        var expiry = Task.Run(ExpireAsync);
        var responses = await redemptions;
        await expiry;

        var lot = await kit.QueryAsync(db => db.Lots.SingleAsync(l => l.UserId == employee.Id));
        var redeemed = responses.Count(r => r.StatusCode == HttpStatusCode.Created) * 10;
        var expired = -await kit.QueryAsync(db => db.Ledger.Where(e => e.UserId == employee.Id && e.Type == LedgerType.Expire).SumAsync(e => e.Amount));
        (redeemed + expired).ShouldBe(100);
        (await kit.QueryAsync(db => db.Consumptions.Where(c => c.LotId == lot.Id).SumAsync(c => c.Points))).ShouldBe(100);
        lot.Remaining.ShouldBe(0);

        var again = await ExpireAsync();
        again.Lots.ShouldBe(0);
        (await kit.QueryAsync(db => db.Ledger.CountAsync(e => e.UserId == employee.Id && e.Type == LedgerType.Expire))).ShouldBeLessThanOrEqualTo(1);
        await kit.ShouldReconcileAsync();
    }

    [Fact]
    public async Task Monthly_allocation_gives_each_active_employee_one_allocation_even_when_runs_overlap()
    {
        var employees = new List<TestUser>();
        for (var i = 0; i < 10; i++)
        {
            employees.Add(await kit.EmployeeAsync());
        }

        var excluded = employees[0];
        var admin = await kit.AdminAsync();
        (await admin.Client.PatchAsJsonAsync($"/api/shop/admin/employees/{excluded.Id}", new { allocationOverride = 0 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.Client.PatchAsJsonAsync($"/api/shop/admin/employees/{employees[1].Id}", new { allocationOverride = 250, employeeNumber = "E-0001" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await admin.Client.PatchAsJsonAsync($"/api/shop/admin/employees/{employees[2].Id}", new { employeeNumber = "E-0001" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "DUPLICATE_EMPLOYEE_NUMBER");

        var period = "2026-03";
        var runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            await using var scope = kit.Host.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<MonthlyAllocator>().RunAsync(period, false, null, CancellationToken.None);
        })));

        (await kit.QueryAsync(db => db.Allocations.CountAsync(a => a.Period == period && a.EntryId != null))).ShouldBeGreaterThanOrEqualTo(9);
        runs.Sum(r => r.Allocated).ShouldBe(await kit.QueryAsync(db => db.Allocations.CountAsync(a => a.Period == period && a.EntryId != null)));
        (await ShopKit.BalanceAsync(excluded.Client)).ShouldBe(0);
        (await ShopKit.BalanceAsync(employees[1].Client)).ShouldBe(250);
        (await ShopKit.BalanceAsync(employees[3].Client)).ShouldBe(1_000);

        var rerun = await (await admin.Client.PostAsJsonAsync("/api/shop/admin/allocations/run", new { period })).ReadAsAsync<JsonElement>();
        rerun.GetProperty("allocated").GetInt32().ShouldBe(0);
        await (await admin.Client.PostAsJsonAsync("/api/shop/admin/allocations/run", new { period = "2025-01" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "PERIOD_NOT_ALLOWED");
        var ledger = await (await employees[3].Client.GetAsync("/api/shop/me/ledger")).ReadAsAsync<JsonElement>();
        ledger.GetProperty("items")[0].GetProperty("period").GetString().ShouldBe(period);
        await kit.ShouldReconcileAsync();
    }

    /// <summary>Tests share one host and clock, so an expiry run may also expire other tests' lots: count one employee's.</summary>
    private Task<long> ExpiredPointsAsync(Guid userId) =>
        kit.QueryAsync(async db => -await db.Ledger.Where(e => e.UserId == userId && e.Type == LedgerType.Expire).SumAsync(e => (long)e.Amount));

    private async Task<PointsExpiry.Summary> ExpireAsync()
    {
        await using var scope = kit.Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PointsExpiry>().RunAsync(Clock.GetUtcNow().UtcDateTime, null, CancellationToken.None);
    }
}

public sealed class TimeRuleTestsOnSqlite(ClockedSqliteHost fixture) : TimeRuleTests<ClockedSqliteHost>(fixture);

public sealed class TimeRuleTestsOnPostgres(ClockedPostgresHost fixture) : TimeRuleTests<ClockedPostgresHost>(fixture);

public sealed class TimeRuleTestsOnMySql(ClockedMySqlHost fixture) : TimeRuleTests<ClockedMySqlHost>(fixture);
