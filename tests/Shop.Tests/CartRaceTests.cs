using System.Net;
using Microsoft.EntityFrameworkCore;
using Quartet.Shop.Data;

namespace Quartet.Shop.Tests;

/// <summary>Carts racing over the same scarce products and the same wallet: nothing oversold, nothing overdrawn, all or nothing.</summary>
public abstract class CartRaceTests<T>(T fixture) : IClassFixture<T> where T : HostFixture
{
    private readonly ShopKit kit = new(fixture.Host);

    [Fact]
    public async Task Sixty_carts_over_three_scarce_products_never_oversell_and_each_cart_is_whole_or_absent()
    {
        var a = await kit.ProductAsync(cost: 10, stock: 7);
        var b = await kit.ProductAsync(cost: 20, stock: 5);
        var c = await kit.ProductAsync(cost: 5, stock: 12);
        var employees = new List<TestUser>();
        for (var i = 0; i < 60; i++)
        {
            employees.Add(await kit.FundedEmployeeAsync(100));
        }

        // Three cart shapes, listed in different orders, so carts overlap on every pair of products.
        (Guid, int)[][] shapes = [[(a, 1), (b, 1)], [(c, 2), (b, 1), (a, 1)], [(c, 1), (a, 2)]];
        var responses = await ShopKit.TogetherAsync(60, i => ShopKit.CheckoutAsync(employees[i].Client, null, shapes[i % 3]));

        var sold = new Dictionary<Guid, int> { [a] = 0, [b] = 0, [c] = 0 };
        for (var i = 0; i < responses.Length; i++)
        {
            var code = await ShopKit.CodeOfAsync(responses[i]);
            (code is null or "OUT_OF_STOCK").ShouldBeTrue(code);
            var orders = await kit.QueryAsync(db => db.Orders.Where(o => o.UserId == employees[i].Id).ToListAsync());
            var cost = shapes[i % 3].Sum(l => l.Item2 * (l.Item1 == a ? 10 : l.Item1 == b ? 20 : 5));
            if (code is null)
            {
                orders.Count.ShouldBe(shapes[i % 3].Length);
                (await ShopKit.BalanceAsync(employees[i].Client)).ShouldBe(100 - cost);
                foreach (var (product, quantity) in shapes[i % 3])
                {
                    sold[product] += quantity;
                }
            }
            else
            {
                orders.ShouldBeEmpty();
                (await ShopKit.BalanceAsync(employees[i].Client)).ShouldBe(100);
            }
        }

        responses.Count(r => r.StatusCode != HttpStatusCode.Created).ShouldBeGreaterThan(0, "the carts want far more than the stock");
        sold[a].ShouldBeLessThanOrEqualTo(7);
        sold[b].ShouldBeLessThanOrEqualTo(5);
        sold[c].ShouldBeLessThanOrEqualTo(12);
        (await kit.StockAsync(a)).ShouldBe(7 - sold[a]);
        (await kit.StockAsync(b)).ShouldBe(5 - sold[b]);
        (await kit.StockAsync(c)).ShouldBe(12 - sold[c]);
        await kit.ShouldReconcileAsync();
    }

    [Fact]
    public async Task Forty_carts_from_one_wallet_never_overdraw_it()
    {
        var a = await kit.ProductAsync(cost: 7, stock: 1_000);
        var b = await kit.ProductAsync(cost: 11, stock: 1_000);
        var employee = await kit.FundedEmployeeAsync(250);

        var responses = await ShopKit.TogetherAsync(40, i => i % 2 == 0
            ? ShopKit.CheckoutAsync(employee.Client, null, (a, 1), (b, 1))
            : ShopKit.CheckoutAsync(employee.Client, null, (b, 2), (a, 3)));

        var spent = 0;
        for (var i = 0; i < responses.Length; i++)
        {
            var code = await ShopKit.CodeOfAsync(responses[i]);
            (code is null or "INSUFFICIENT_POINTS").ShouldBeTrue(code);
            if (code is null)
            {
                spent += i % 2 == 0 ? 18 : 43;
            }
        }

        var balance = await ShopKit.BalanceAsync(employee.Client);
        balance.ShouldBe(250 - spent);
        balance.ShouldBeGreaterThanOrEqualTo(0);
        balance.ShouldBeLessThan(43, "a cheap cart still fits while 18 points or more are left, so the wallet is drained to below the dearer cart");
        var orders = await kit.QueryAsync(db => db.Orders.Where(o => o.UserId == employee.Id).ToListAsync());
        orders.Sum(o => o.TotalCost).ShouldBe(spent);
        (await kit.StockAsync(a)).ShouldBe(1_000 - orders.Where(o => o.ProductId == a).Sum(o => o.Quantity));
        (await kit.QueryAsync(db => db.Ledger.CountAsync(e => e.UserId == employee.Id && e.Type == LedgerType.Redeem))).ShouldBe(orders.Count);
        await kit.ShouldReconcileAsync();
    }

    [Fact]
    public async Task The_same_cart_key_sent_15_times_at_once_makes_one_set_of_orders()
    {
        var a = await kit.ProductAsync(cost: 10, stock: 100);
        var b = await kit.ProductAsync(cost: 15, stock: 100);
        var employee = await kit.FundedEmployeeAsync(1_000);
        var key = "cart-race-" + Guid.NewGuid().ToString("N");

        var responses = await ShopKit.TogetherAsync(15, _ => ShopKit.CheckoutAsync(employee.Client, key, (a, 1), (b, 2)));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Created);
        responses.Count(r => r.Headers.Contains("Idempotency-Replayed")).ShouldBe(14);
        (await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()))).Distinct().Count().ShouldBe(1, "every replay is the first answer, byte for byte");
        (await kit.QueryAsync(db => db.IdempotencyRecords.CountAsync(r => r.UserId == employee.Id && r.Key == key))).ShouldBe(1);
        (await kit.QueryAsync(db => db.Orders.CountAsync(o => o.UserId == employee.Id))).ShouldBe(2);
        (await ShopKit.BalanceAsync(employee.Client)).ShouldBe(1_000 - 40);
        await kit.ShouldReconcileAsync();
    }
}

public sealed class CartRaceTestsOnSqlite(SqliteHost fixture) : CartRaceTests<SqliteHost>(fixture);

public sealed class CartRaceTestsOnPostgres(PostgresHost fixture) : CartRaceTests<PostgresHost>(fixture);

public sealed class CartRaceTestsOnMySql(MySqlHost fixture) : CartRaceTests<MySqlHost>(fixture);
