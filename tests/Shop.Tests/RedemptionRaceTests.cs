using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Shop.Data;

namespace Quartet.Shop.Tests;

/// <summary>Spec §8.1: the invariants hold when many clients race for the same points or the same stock.</summary>
public abstract class RedemptionRaceTests<T>(T fixture) : IClassFixture<T> where T : HostFixture
{
    private readonly ShopKit kit = new(fixture.Host);

    [Fact]
    public async Task Two_hundred_redemptions_against_a_balance_that_covers_37_make_exactly_37_orders()
    {
        var product = await kit.ProductAsync(cost: 10, stock: 1_000);
        var employee = await kit.FundedEmployeeAsync(370);

        var responses = await ShopKit.TogetherAsync(200, _ => ShopKit.RedeemAsync(employee.Client, product));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(37);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            await refused.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "INSUFFICIENT_POINTS");
        }

        (await ShopKit.BalanceAsync(employee.Client)).ShouldBe(0);
        (await kit.StockAsync(product)).ShouldBe(1_000 - 37);
        await kit.ShouldReconcileAsync();
    }

    [Fact]
    public async Task Two_hundred_employees_racing_for_the_last_10_items_make_exactly_10_orders()
    {
        var product = await kit.ProductAsync(cost: 50, stock: 10);
        var employees = new List<TestUser>();
        for (var i = 0; i < 200; i++)
        {
            employees.Add(await kit.FundedEmployeeAsync(100));
        }

        var responses = await ShopKit.TogetherAsync(200, i => ShopKit.RedeemAsync(employees[i].Client, product));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(10);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            await refused.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "OUT_OF_STOCK");
        }

        (await kit.StockAsync(product)).ShouldBe(0);
        (await kit.QueryAsync(db => db.Orders.CountAsync(o => o.ProductId == product))).ShouldBe(10);
        await kit.ShouldReconcileAsync();
    }

    [Fact]
    public async Task The_same_idempotency_key_sent_20_times_at_once_makes_one_order()
    {
        var product = await kit.ProductAsync(cost: 10, stock: 100);
        var employee = await kit.FundedEmployeeAsync(1_000);
        var key = "same-key-" + Guid.NewGuid().ToString("N");

        var responses = await ShopKit.TogetherAsync(20, _ => ShopKit.RedeemAsync(employee.Client, product, 1, key));

        var ids = new List<Guid>();
        foreach (var response in responses)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            ids.Add((await response.ReadAsAsync<JsonElement>()).GetProperty("order").GetProperty("id").GetGuid());
        }

        ids.Distinct().Count().ShouldBe(1);
        responses.Count(r => r.Headers.Contains("Idempotency-Replayed")).ShouldBe(19);
        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
        bodies.Distinct().Count().ShouldBe(1, "every replay is the first answer, byte for byte");
        responses.Select(r => r.Headers.Location).Distinct().Count().ShouldBe(1);
        (await kit.QueryAsync(db => db.IdempotencyRecords.CountAsync(r => r.UserId == employee.Id && r.Key == key))).ShouldBe(1);
        (await kit.QueryAsync(db => db.Ledger.CountAsync(e => e.UserId == employee.Id && e.Type == LedgerType.Redeem))).ShouldBe(1);
        (await ShopKit.BalanceAsync(employee.Client)).ShouldBe(990);
        await kit.ShouldReconcileAsync();
    }

    [Fact]
    public async Task Employee_cancel_racing_admin_fulfil_lets_exactly_one_win()
    {
        var admin = await kit.AdminAsync();
        var product = await kit.ProductAsync(cost: 10, stock: 100);
        for (var round = 0; round < 5; round++)
        {
            var employee = await kit.FundedEmployeeAsync(10);
            var order = await ShopKit.PlaceAsync(employee.Client, product);

            var responses = await ShopKit.TogetherAsync(3, i => i switch
            {
                0 => employee.Client.PostAsync($"/api/shop/orders/{order}/cancel", null),
                1 => admin.Client.PostAsync($"/api/shop/admin/orders/{order}/fulfil", null),
                _ => admin.Client.PostAsync($"/api/shop/admin/orders/{order}/cancel", System.Net.Http.Json.JsonContent.Create(new { reason = "race", restock = true })),
            });

            var winners = responses.Where(r => r.IsSuccessStatusCode).ToList();
            var losers = responses.Where(r => !r.IsSuccessStatusCode).ToList();
            winners.Count.ShouldBeInRange(1, 2, "fulfil then admin cancel may both succeed; never two cancels");
            foreach (var loser in losers)
            {
                await loser.ShouldBeProblemAsync(HttpStatusCode.Conflict, "INVALID_ORDER_STATE");
            }

            (await kit.QueryAsync(db => db.Ledger.CountAsync(e => e.OrderId == order && e.Type == LedgerType.Refund))).ShouldBeLessThanOrEqualTo(1);
        }

        await kit.ShouldReconcileAsync();
    }

    [Fact]
    public async Task Two_cancels_of_one_order_racing_make_exactly_one_refund_and_restock_once()
    {
        var admin = await kit.AdminAsync();
        var product = await kit.ProductAsync(cost: 10, stock: 100);
        for (var round = 0; round < 6; round++)
        {
            var employee = await kit.FundedEmployeeAsync(30);
            var order = await ShopKit.PlaceAsync(employee.Client, product, 3);
            var stockBefore = await kit.StockAsync(product);

            // Even rounds: the owner twice (a double click); odd rounds: the owner and an admin who restocks.
            var responses = await ShopKit.TogetherAsync(2, i => i == 0 || round % 2 == 0
                ? employee.Client.PostAsync($"/api/shop/orders/{order}/cancel", null)
                : admin.Client.PostAsync($"/api/shop/admin/orders/{order}/cancel", JsonContent.Create(new { reason = "race", restock = true })));

            responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
            await responses.Single(r => r.StatusCode != HttpStatusCode.OK).ShouldBeProblemAsync(HttpStatusCode.Conflict, "INVALID_ORDER_STATE");
            (await kit.QueryAsync(db => db.Ledger.CountAsync(e => e.OrderId == order && e.Type == LedgerType.Refund))).ShouldBe(1);
            (await kit.QueryAsync(db => db.StockMovements.CountAsync(m => m.OrderId == order && m.Delta > 0))).ShouldBe(1);
            (await kit.StockAsync(product)).ShouldBe(stockBefore + 3);
            (await ShopKit.BalanceAsync(employee.Client)).ShouldBe(30);
        }

        await kit.ShouldReconcileAsync();
    }

    [Fact]
    public async Task Two_allocation_processes_started_together_give_one_allocation_per_employee_and_month()
    {
        var employees = new List<TestUser>();
        for (var i = 0; i < 40; i++)
        {
            employees.Add(await kit.EmployeeAsync());
        }

        var ids = employees.Select(e => e.Id).ToList();
        var period = DateTime.UtcNow.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var postgres = kit.Host.Provider != TestProvider.Sqlite
            ? kit.Host.Services.GetRequiredService<IConfiguration>().GetConnectionString("Default")
            : null;

        var runs = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ =>
            QuartetCommand.RunAsync(kit.Host.DataDir, postgres, "shop", "allocate-monthly", "--period", period)));

        // A run that finds the job lock held exits 75 (busy) and does nothing; at least one run does the work.
        runs.ShouldAllBe(r => r.ExitCode == 0 || r.ExitCode == 75, string.Join("\n", runs.Select(r => r.Output)));
        runs.ShouldContain(r => r.ExitCode == 0);
        (await kit.QueryAsync(db => db.Allocations.CountAsync(a => a.Period == period && ids.Contains(a.UserId)))).ShouldBe(ids.Count);
        (await kit.QueryAsync(db => db.Ledger.CountAsync(e => e.Source == LedgerSource.Monthly && ids.Contains(e.UserId)))).ShouldBe(ids.Count);
        foreach (var employee in employees.Take(3))
        {
            (await ShopKit.BalanceAsync(employee.Client)).ShouldBe(1_000);
        }

        var again = await QuartetCommand.RunAsync(kit.Host.DataDir, postgres, "shop", "allocate-monthly", "--period", period);
        again.ExitCode.ShouldBe(0, again.Output);
        (await kit.QueryAsync(db => db.Ledger.CountAsync(e => e.Source == LedgerSource.Monthly && ids.Contains(e.UserId)))).ShouldBe(ids.Count);
        await kit.ShouldReconcileAsync();
    }

    [Fact]
    public async Task Admin_deduct_racing_a_redemption_never_overdraws()
    {
        var admin = await kit.AdminAsync();
        var product = await kit.ProductAsync(cost: 80, stock: 100);
        for (var round = 0; round < 5; round++)
        {
            var employee = await kit.FundedEmployeeAsync(100);
            var responses = await ShopKit.TogetherAsync(2, i => i == 0
                ? ShopKit.RedeemAsync(employee.Client, product)
                : admin.Client.PostAsync("/api/shop/admin/points/deduct", System.Net.Http.Json.JsonContent.Create(new { userId = employee.Id, amount = 80, reason = "race" })));

            responses.Count(r => r.IsSuccessStatusCode).ShouldBe(1);
            await responses.Single(r => !r.IsSuccessStatusCode).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "INSUFFICIENT_POINTS");
            (await ShopKit.BalanceAsync(employee.Client)).ShouldBe(20);
        }

        await kit.ShouldReconcileAsync();
    }

    [Fact]
    public async Task Stock_adjustments_racing_redemptions_keep_stock_equal_to_its_movements()
    {
        var admin = await kit.AdminAsync();
        var product = await kit.ProductAsync(cost: 1, stock: 50);
        var employee = await kit.FundedEmployeeAsync(1_000);

        var responses = await ShopKit.TogetherAsync(60, i => i % 3 == 0
            ? admin.Client.PostAsync($"/api/shop/admin/products/{product}/stock", System.Net.Http.Json.JsonContent.Create(new { delta = 2, reason = "restock" }))
            : ShopKit.RedeemAsync(employee.Client, product));

        var sold = responses.Where((r, i) => i % 3 != 0 && r.StatusCode == HttpStatusCode.Created).Count();
        responses.Where((r, i) => i % 3 == 0).ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);
        (await kit.StockAsync(product)).ShouldBe(50 + (20 * 2) - sold);
        await kit.ShouldReconcileAsync();
    }

    [Fact]
    public async Task A_1000_row_batch_deduct_racing_redemptions_is_applied_whole_or_not_at_all()
    {
        var admin = await kit.AdminAsync();
        var racers = new List<TestUser>();
        for (var i = 0; i < 10; i++)
        {
            racers.Add(await kit.EmployeeAsync());
        }

        var others = new List<Guid>();
        for (var i = 0; i < 990; i++)
        {
            others.Add((await kit.EmployeeAsync()).Id);
        }

        var everyone = racers.Select(r => r.Id).Concat(others).Select(userId => new { userId, amount = 100 }).ToList();
        (await admin.Client.PostAsJsonAsync("/api/shop/admin/points/batches", new { kind = "grant", reason = "funding", items = everyone })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var product = await kit.ProductAsync(cost: 50, stock: 100);

        // Each racer redeems twice (100 points): if both win before the batch, its deduct row no longer fits and the whole batch must fail.
        var deduct = everyone.Select(e => new { e.userId, amount = 10 }).ToList();
        var batch = Task.Run(() => admin.Client.PostAsJsonAsync("/api/shop/admin/points/batches", new { kind = "deduct", reason = "correction", items = deduct }));
        var redemptions = await ShopKit.TogetherAsync(20, i => ShopKit.RedeemAsync(racers[i % racers.Count].Client, product));
        var batchResponse = await batch;

        var deducted = await kit.QueryAsync(db => db.Ledger.CountAsync(e => e.Type == LedgerType.Deduct && e.Source == LedgerSource.Batch));
        if (batchResponse.StatusCode == HttpStatusCode.Created)
        {
            deducted.ShouldBe(1_000);
        }
        else
        {
            await batchResponse.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "BATCH_REJECTED");
            deducted.ShouldBe(0);
        }

        var sold = redemptions.Count(r => r.StatusCode == HttpStatusCode.Created);
        (await kit.StockAsync(product)).ShouldBe(100 - sold);
        await kit.ShouldReconcileAsync();
    }
}

public sealed class RedemptionRaceTestsOnSqlite(SqliteHost fixture) : RedemptionRaceTests<SqliteHost>(fixture);

public sealed class RedemptionRaceTestsOnPostgres(PostgresHost fixture) : RedemptionRaceTests<PostgresHost>(fixture);

public sealed class RedemptionRaceTestsOnMySql(MySqlHost fixture) : RedemptionRaceTests<MySqlHost>(fixture);

/// <summary>Spec §8.1: with MaxOrdersPerMonth = 3, parallel redemptions by one employee make exactly 3 orders.</summary>
public abstract class OrderLimitRaceTests<T>(T fixture) : IClassFixture<T> where T : HostFixture
{
    private readonly ShopKit kit = new(fixture.Host);

    [Fact]
    public async Task Ten_parallel_redemptions_with_a_limit_of_3_make_exactly_3_orders()
    {
        var product = await kit.ProductAsync(cost: 10, stock: 100);
        var employee = await kit.FundedEmployeeAsync(1_000);

        var responses = await ShopKit.TogetherAsync(10, _ => ShopKit.RedeemAsync(employee.Client, product));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(3);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            await refused.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "ORDER_LIMIT_REACHED");
        }

        await kit.ShouldReconcileAsync();
    }
}

public sealed class OrderLimitRaceTestsOnSqlite(LimitedSqliteHost fixture) : OrderLimitRaceTests<LimitedSqliteHost>(fixture);

public sealed class OrderLimitRaceTestsOnPostgres(LimitedPostgresHost fixture) : OrderLimitRaceTests<LimitedPostgresHost>(fixture);

public sealed class OrderLimitRaceTestsOnMySql(LimitedMySqlHost fixture) : OrderLimitRaceTests<LimitedMySqlHost>(fixture);
