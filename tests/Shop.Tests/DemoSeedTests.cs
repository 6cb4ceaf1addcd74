using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Shop.Data;
using Quartet.Shop.Demo;

namespace Quartet.Shop.Tests;

/// <summary>The demo data is written through the real ledger and redemption code, so it must reconcile cleanly.</summary>
public abstract class DemoSeedTests<T>(T fixture) : IClassFixture<T> where T : HostFixture
{
    private readonly ShopKit kit = new(fixture.Host);

    [Fact]
    public async Task Seeding_twice_creates_one_consistent_shop_with_products_employees_and_a_month_of_orders()
    {
        for (var run = 0; run < 2; run++)
        {
            await using var scope = kit.Host.Services.CreateAsyncScope();
            await DemoSeeder.SeedAsync(scope.ServiceProvider, new Progress<string>(), CancellationToken.None);
        }

        (await kit.CountAsync<Product>()).ShouldBe(50);
        (await kit.CountAsync<PointsAccount>()).ShouldBe(DemoSeeder.Employees + 1, "the shop admin is an employee too");
        (await kit.CountAsync<Order>()).ShouldBeGreaterThan(30);
        (await kit.QueryAsync(db => db.Orders.CountAsync(o => o.Status == OrderStatus.Cancelled))).ShouldBeGreaterThan(0);
        await kit.ShouldReconcileAsync();
    }
}

public sealed class DemoSeedTestsOnSqlite(SqliteHost fixture) : DemoSeedTests<SqliteHost>(fixture);

public sealed class DemoSeedTestsOnPostgres(PostgresHost fixture) : DemoSeedTests<PostgresHost>(fixture);
