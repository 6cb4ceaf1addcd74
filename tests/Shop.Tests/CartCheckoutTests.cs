using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Quartet.Shop.Data;

namespace Quartet.Shop.Tests;

/// <summary>A cart is redeemed as one order per line in one transaction: all lines or none.</summary>
public abstract class CartCheckoutTests<T>(T fixture) : IClassFixture<T> where T : HostFixture
{
    private readonly ShopKit kit = new(fixture.Host);

    [Fact]
    public async Task A_cart_of_three_products_makes_three_orders_and_one_debit_per_line()
    {
        var mug = await kit.ProductAsync(cost: 30, stock: 5);
        var pen = await kit.ProductAsync(cost: 5, stock: 50);
        var bag = await kit.ProductAsync(cost: 100, stock: 2);
        var employee = await kit.FundedEmployeeAsync(500);

        var response = await ShopKit.CheckoutAsync(employee.Client, null, (mug, 2), (pen, 4), (bag, 1));

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var body = await response.ReadAsAsync<JsonElement>();
        body.GetProperty("totalCost").GetInt32().ShouldBe(60 + 20 + 100);
        body.GetProperty("balance").GetInt32().ShouldBe(500 - 180);
        var orders = body.GetProperty("orders").EnumerateArray().ToList();
        orders.Select(o => o.GetProperty("productId").GetGuid()).ShouldBe([mug, pen, bag], ignoreOrder: true);
        orders.ShouldAllBe(o => o.GetProperty("status").GetString() == "placed" && o.GetProperty("orderNumber").GetString()!.StartsWith('S'));
        (await ShopKit.BalanceAsync(employee.Client)).ShouldBe(320);
        (await kit.StockAsync(mug)).ShouldBe(3);
        (await kit.StockAsync(pen)).ShouldBe(46);
        (await kit.StockAsync(bag)).ShouldBe(1);
        (await kit.QueryAsync(db => db.Ledger.CountAsync(e => e.UserId == employee.Id && e.Type == LedgerType.Redeem))).ShouldBe(3);
        await kit.ShouldReconcileAsync();
    }

    [Fact]
    public async Task A_line_without_enough_stock_rolls_back_every_line()
    {
        var plenty = await kit.ProductAsync(cost: 10, stock: 100);
        var scarce = await kit.ProductAsync(cost: 10, stock: 1);
        var employee = await kit.FundedEmployeeAsync(500);

        var response = await ShopKit.CheckoutAsync(employee.Client, null, (plenty, 3), (scarce, 2));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "OUT_OF_STOCK");
        problem.GetProperty("productId").GetGuid().ShouldBe(scarce);
        problem.GetProperty("line").GetInt32().ShouldBe(1);
        (await kit.StockAsync(plenty)).ShouldBe(100);
        (await kit.StockAsync(scarce)).ShouldBe(1);
        (await ShopKit.BalanceAsync(employee.Client)).ShouldBe(500);
        (await kit.QueryAsync(db => db.Orders.CountAsync(o => o.UserId == employee.Id))).ShouldBe(0);
        await kit.ShouldReconcileAsync();
    }

    [Fact]
    public async Task Points_are_checked_against_the_whole_cart_not_each_line_alone()
    {
        var first = await kit.ProductAsync(cost: 60, stock: 10);
        var second = await kit.ProductAsync(cost: 60, stock: 10);
        var employee = await kit.FundedEmployeeAsync(100);

        var response = await ShopKit.CheckoutAsync(employee.Client, null, (first, 1), (second, 1));

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "INSUFFICIENT_POINTS");
        (await ShopKit.BalanceAsync(employee.Client)).ShouldBe(100);
        (await kit.StockAsync(first)).ShouldBe(10);
        (await kit.StockAsync(second)).ShouldBe(10);
        await kit.ShouldReconcileAsync();
    }

    [Fact]
    public async Task The_same_idempotency_key_replays_the_cart_and_a_different_cart_under_it_is_refused()
    {
        var first = await kit.ProductAsync(cost: 10, stock: 10);
        var second = await kit.ProductAsync(cost: 20, stock: 10);
        var employee = await kit.FundedEmployeeAsync(200);
        var key = "cart-" + Guid.NewGuid().ToString("N");

        var placed = await ShopKit.CheckoutAsync(employee.Client, key, (first, 1), (second, 2));
        var replayed = await ShopKit.CheckoutAsync(employee.Client, key, (second, 2), (first, 1));
        var different = await ShopKit.CheckoutAsync(employee.Client, key, (first, 2));
        var singleOrderUnderTheSameKey = await ShopKit.RedeemAsync(employee.Client, first, 1, key);

        placed.StatusCode.ShouldBe(HttpStatusCode.Created);
        replayed.StatusCode.ShouldBe(HttpStatusCode.Created);
        replayed.Headers.Contains("Idempotency-Replayed").ShouldBeTrue();
        static async Task<List<Guid>> IdsAsync(HttpResponseMessage r) =>
            [.. (await r.ReadAsAsync<JsonElement>()).GetProperty("orders").EnumerateArray().Select(o => o.GetProperty("id").GetGuid())];
        (await IdsAsync(replayed)).ShouldBe(await IdsAsync(placed));
        (await replayed.Content.ReadAsStringAsync()).ShouldBe(await placed.Content.ReadAsStringAsync(), "the first answer, byte for byte");
        replayed.Headers.Location.ShouldBe(placed.Headers.Location);
        await different.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "IDEMPOTENCY_KEY_REUSED");
        singleOrderUnderTheSameKey.StatusCode.ShouldBe(HttpStatusCode.Created, "a single order's key space is its own");
        (await ShopKit.BalanceAsync(employee.Client)).ShouldBe(200 - 50 - 10);
        await kit.ShouldReconcileAsync();
    }

    [Theory]
    [InlineData("""{"lines":[]}""", "lines")]
    [InlineData("""{"lines":[{"productId":"00000000-0000-0000-0000-000000000000","quantity":1}]}""", "lines[0].productId")]
    [InlineData("""{"lines":[{"productId":"0193f1c2-0000-7000-8000-000000000001","quantity":0}]}""", "lines[0].quantity")]
    [InlineData("""{"lines":[{"productId":"0193f1c2-0000-7000-8000-000000000001","quantity":99}]}""", "lines[0].quantity")]
    [InlineData("""{"lines":[{"productId":"0193f1c2-0000-7000-8000-000000000001","quantity":1},{"productId":"0193f1c2-0000-7000-8000-000000000001","quantity":1}]}""", "lines[1].productId")]
    public async Task Bad_carts_get_a_problem_naming_the_line(string json, string field)
    {
        var employee = await kit.FundedEmployeeAsync(100);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/shop/cart/checkout")
        {
            Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));

        var response = await employee.Client.SendAsync(request);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(problem.ToString());
    }

    [Fact]
    public async Task A_cart_over_the_transaction_cap_is_refused_whole()
    {
        var expensive = await kit.ProductAsync(cost: 60_000, stock: 10);
        var other = await kit.ProductAsync(cost: 50_000, stock: 10);
        var employee = await kit.FundedEmployeeAsync(100_000);
        await kit.GrantAsync(employee.Id, 100_000);

        var response = await ShopKit.CheckoutAsync(employee.Client, null, (expensive, 1), (other, 1));

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "TRANSACTION_CAP_EXCEEDED");
        (await ShopKit.BalanceAsync(employee.Client)).ShouldBe(200_000);
        (await kit.StockAsync(expensive)).ShouldBe(10);
    }

    [Fact]
    public async Task Checkout_without_an_idempotency_key_is_refused()
    {
        var product = await kit.ProductAsync(cost: 10, stock: 10);
        var employee = await kit.FundedEmployeeAsync(100);

        var response = await employee.Client.PostAsJsonAsync("/api/shop/cart/checkout", new { lines = new[] { new { productId = product, quantity = 1 } } });

        await response.ShouldBeProblemAsync((HttpStatusCode)428, "IDEMPOTENCY_KEY_REQUIRED");
    }
}

public sealed class CartCheckoutTestsOnSqlite(SqliteHost fixture) : CartCheckoutTests<SqliteHost>(fixture);

public sealed class CartCheckoutTestsOnPostgres(PostgresHost fixture) : CartCheckoutTests<PostgresHost>(fixture);

public sealed class CartCheckoutTestsOnMySql(MySqlHost fixture) : CartCheckoutTests<MySqlHost>(fixture);
