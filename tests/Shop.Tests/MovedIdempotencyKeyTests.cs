using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Quartet.Platform.Data;
using Quartet.Platform.Http;
using Quartet.Shop.Orders;

namespace Quartet.Shop.Tests;

/// <summary>
/// Keys the IdempotencyRecords migration moved from the order rows into idempotency_records keep no stored answer (only
/// the order): a retry under one still replays, rebuilt from the order, and a different body under it is still refused.
/// </summary>
public abstract class MovedIdempotencyKeyTests<T>(T fixture) : IClassFixture<T> where T : HostFixture
{
    private readonly ShopKit kit = new(fixture.Host);

    [Fact]
    public async Task A_retry_under_a_key_moved_from_an_order_replays_that_order()
    {
        var product = await kit.ProductAsync(cost: 10, stock: 10);
        var employee = await kit.FundedEmployeeAsync(100);
        var key = "moved-" + Guid.NewGuid().ToString("N");
        var placed = await ShopKit.RedeemAsync(employee.Client, product, 2, key);
        placed.StatusCode.ShouldBe(HttpStatusCode.Created);
        await kit.QueryAsync(db => db.IdempotencyRecords.Where(r => r.UserId == employee.Id && r.Key == key)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Body, (string?)null).SetProperty(r => r.Location, (string?)null)));

        var retried = await ShopKit.RedeemAsync(employee.Client, product, 2, key);

        retried.StatusCode.ShouldBe(HttpStatusCode.Created);
        retried.Headers.Contains(Idempotency.ReplayedHeader).ShouldBeTrue();
        retried.Headers.Location.ShouldBe(placed.Headers.Location);
        (await OrderIdAsync(retried)).ShouldBe(await OrderIdAsync(placed));
        await (await ShopKit.RedeemAsync(employee.Client, product, 1, key)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "IDEMPOTENCY_KEY_REUSED");
        (await ShopKit.BalanceAsync(employee.Client)).ShouldBe(80);
        await kit.ShouldReconcileAsync();

        static async Task<Guid> OrderIdAsync(HttpResponseMessage r) => (await r.ReadAsAsync<JsonElement>()).GetProperty("order").GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task A_retry_under_a_cart_key_moved_from_its_line_orders_replays_those_orders()
    {
        var first = await kit.ProductAsync(cost: 10, stock: 10);
        var second = await kit.ProductAsync(cost: 20, stock: 10);
        var employee = await kit.FundedEmployeeAsync(200);
        var key = "moved-cart-" + Guid.NewGuid().ToString("N");
        var placed = await ShopKit.CheckoutAsync(employee.Client, key, (first, 1), (second, 2));
        placed.StatusCode.ShouldBe(HttpStatusCode.Created);
        var orderIds = await OrderIdsAsync(placed);
        await MoveToLineKeysAsync(employee.Id, key, orderIds);

        var retried = await ShopKit.CheckoutAsync(employee.Client, key, (second, 2), (first, 1));

        retried.StatusCode.ShouldBe(HttpStatusCode.Created);
        retried.Headers.Contains(Idempotency.ReplayedHeader).ShouldBeTrue();
        (await OrderIdsAsync(retried)).ShouldBe(orderIds);
        await (await ShopKit.CheckoutAsync(employee.Client, key, (first, 2))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "IDEMPOTENCY_KEY_REUSED");
        (await kit.QueryAsync(db => db.Orders.CountAsync(o => o.UserId == employee.Id))).ShouldBe(2);
        (await ShopKit.BalanceAsync(employee.Client)).ShouldBe(150);

        static async Task<List<Guid>> OrderIdsAsync(HttpResponseMessage r) =>
            [.. (await r.ReadAsAsync<JsonElement>()).GetProperty("orders").EnumerateArray().Select(o => o.GetProperty("id").GetGuid())];
    }

    /// <summary>What the migration makes of a cart placed before it: one answerless record per line order, under the line's derived key.</summary>
    private Task MoveToLineKeysAsync(Guid userId, string key, List<Guid> orderIds) => kit.QueryAsync(async db =>
    {
        var record = await db.IdempotencyRecords.SingleAsync(r => r.UserId == userId && r.Operation == CheckoutCart.Operation && r.Key == key);
        db.IdempotencyRecords.Remove(record);
        db.IdempotencyRecords.AddRange(orderIds.Select((orderId, line) => new IdempotencyRecord
        {
            UserId = userId,
            Operation = CheckoutCart.Operation,
            Key = string.Create(CultureInfo.InvariantCulture, $"cart:{Idempotency.Fingerprint(key)[..40]}:{line}"),
            Fingerprint = record.Fingerprint,
            Status = 201,
            ResourceId = orderId,
            CreatedAt = record.CreatedAt,
        }));
        return await db.SaveChangesAsync();
    });
}

public sealed class MovedIdempotencyKeyTestsOnSqlite(SqliteHost fixture) : MovedIdempotencyKeyTests<SqliteHost>(fixture);

public sealed class MovedIdempotencyKeyTestsOnPostgres(PostgresHost fixture) : MovedIdempotencyKeyTests<PostgresHost>(fixture);

public sealed class MovedIdempotencyKeyTestsOnMySql(MySqlHost fixture) : MovedIdempotencyKeyTests<MySqlHost>(fixture);
