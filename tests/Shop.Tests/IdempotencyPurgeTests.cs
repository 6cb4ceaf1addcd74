using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Shop.Orders;

namespace Quartet.Shop.Tests;

/// <summary><c>shop purge-idempotency</c> deletes the order keys older than 24 hours and keeps the younger ones.</summary>
public abstract class IdempotencyPurgeTests<T>(T fixture) : IClassFixture<T> where T : HostFixture
{
    private readonly ShopKit kit = new(fixture.Host);

    [Fact]
    public async Task The_purge_deletes_keys_older_than_a_day_so_the_key_places_a_new_order()
    {
        var product = await kit.ProductAsync(cost: 10, stock: 10);
        var employee = await kit.FundedEmployeeAsync(100);
        var old = "purge-old-" + Guid.NewGuid().ToString("N");
        var young = "purge-young-" + Guid.NewGuid().ToString("N");
        (await ShopKit.RedeemAsync(employee.Client, product, 1, old)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await ShopKit.RedeemAsync(employee.Client, product, 1, young)).StatusCode.ShouldBe(HttpStatusCode.Created);
        await kit.QueryAsync(db => db.IdempotencyRecords.Where(r => r.UserId == employee.Id && r.Key == old)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.CreatedAt, r => r.CreatedAt.AddHours(-25))));

        await using (var scope = fixture.Host.Services.CreateAsyncScope())
        {
            (await PurgeIdempotencyRecords.RunAsync(scope.ServiceProvider, CancellationToken.None)).ShouldBeGreaterThanOrEqualTo(1);
        }

        var keys = await kit.QueryAsync(db => db.IdempotencyRecords.Where(r => r.UserId == employee.Id).Select(r => r.Key).ToListAsync());
        keys.ShouldBe([young]);
        var again = await ShopKit.RedeemAsync(employee.Client, product, 1, old);
        again.StatusCode.ShouldBe(HttpStatusCode.Created);
        again.Headers.Contains("Idempotency-Replayed").ShouldBeFalse("a purged key is a new request");
        (await ShopKit.BalanceAsync(employee.Client)).ShouldBe(70);
    }
}

public sealed class IdempotencyPurgeTestsOnSqlite(SqliteHost fixture) : IdempotencyPurgeTests<SqliteHost>(fixture);

public sealed class IdempotencyPurgeTestsOnMySql(MySqlHost fixture) : IdempotencyPurgeTests<MySqlHost>(fixture);
