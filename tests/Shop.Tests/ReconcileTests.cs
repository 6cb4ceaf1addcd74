using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Shop.Data;
using Quartet.Shop.Operations;

namespace Quartet.Shop.Tests;

/// <summary>
/// The reconcile check finds what it claims to check: each test makes a clean history, corrupts one row behind the
/// API's back and expects the matching invariant to be reported for exactly that row. The fixture is this class's own,
/// so the corruption never reaches other tests.
/// </summary>
public abstract class ReconcileTests<T>(T fixture) : IClassFixture<T> where T : HostFixture
{
    private readonly ShopKit kit = new(fixture.Host);

    [Fact]
    public async Task A_grant_that_ends_above_the_balance_cap_is_reported_as_I3_and_nothing_else()
    {
        var employee = await kit.FundedEmployeeAsync(1_000);
        (await ProblemsAboutAsync(employee.Id)).ShouldBeEmpty();

        // Consistent everywhere (ledger, lots, balance) except that the grant broke the cap.
        const int over = 1_000_001;
        await kit.QueryAsync(async db =>
        {
            await db.Ledger.Where(e => e.UserId == employee.Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.Amount, over).SetProperty(e => e.BalanceAfter, over));
            await db.Lots.Where(l => l.UserId == employee.Id).ExecuteUpdateAsync(s => s.SetProperty(l => l.Amount, over).SetProperty(l => l.Remaining, over));
            return await db.Accounts.Where(a => a.UserId == employee.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Balance, over));
        });

        var problems = await ProblemsAboutAsync(employee.Id);
        problems.ShouldNotBeEmpty();
        problems.ShouldAllBe(p => p.StartsWith("I3 "));
        problems.ShouldContain(p => p.Contains("account " + employee.Id) && p.Contains("above the cap"));
    }

    [Fact]
    public async Task A_redemption_without_its_audit_entry_is_reported_as_I8()
    {
        var product = await kit.ProductAsync(cost: 10);
        var employee = await kit.FundedEmployeeAsync(100);
        var order = await ShopKit.PlaceAsync(employee.Client, product);
        (await ProblemsAboutAsync(order)).ShouldBeEmpty();

        await kit.QueryAsync(db => db.Audit.Where(a => a.Action == "order.place" && a.EntityId == order.ToString()).ExecuteDeleteAsync());

        (await ProblemsAboutAsync(order)).ShouldBe([$"I8 order {order}: 0 'order.place' audit entries, expected 1"]);
    }

    [Fact]
    public async Task An_audit_entry_for_a_write_that_never_happened_is_reported_as_I8()
    {
        var product = await kit.ProductAsync(cost: 10);
        var employee = await kit.FundedEmployeeAsync(100);
        var order = await ShopKit.PlaceAsync(employee.Client, product);
        var phantom = Guid.CreateVersion7();
        await kit.QueryAsync(db =>
        {
            db.Audit.Add(Audit("order.cancel", order));
            db.Audit.Add(Audit("points.grant", phantom));
            return db.SaveChangesAsync();
        });

        (await ProblemsAboutAsync(order)).ShouldBe([$"I8 order {order}: 1 'order.cancel' audit entry, expected 0"]);
        (await ProblemsAboutAsync(phantom)).ShouldBe([$"I8 1 'points.grant' audit entry for {phantom}, which has no matching write"]);
    }

    [Fact]
    public async Task A_stock_adjustment_or_manual_grant_without_an_audit_entry_is_reported_as_I8()
    {
        var product = await kit.ProductAsync(stock: 10);
        var employee = await kit.FundedEmployeeAsync(100);
        var admin = await kit.AdminAsync();
        (await admin.Client.PostAsJsonAsync($"/api/shop/admin/products/{product}/stock", new { delta = 5, reason = "delivery" })).EnsureSuccessStatusCode();
        (await ProblemsAboutAsync(product)).ShouldBeEmpty();
        (await ProblemsAboutAsync(employee.Id)).ShouldBeEmpty();

        await kit.QueryAsync(db => db.Audit.Where(a => (a.Action == "stock.adjust" && a.EntityId == product.ToString())
            || (a.Action == "points.grant" && a.EntityId == employee.Id.ToString())).ExecuteDeleteAsync());

        (await ProblemsAboutAsync(product)).ShouldBe([$"I8 product {product}, 1 stock adjustment(s): 0 'stock.adjust' audit entries, expected 1"]);
        (await ProblemsAboutAsync(employee.Id)).ShouldBe([$"I8 account {employee.Id}, 1 manual grant entry: 0 'points.grant' audit entries, expected 1"]);
    }

    private async Task<List<string>> ProblemsAboutAsync(Guid id)
    {
        await using var scope = kit.Host.Services.CreateAsyncScope();
        var problems = await scope.ServiceProvider.GetRequiredService<Reconciler>().FindProblemsAsync(CancellationToken.None);
        return [.. problems.Where(p => p.Contains(id.ToString(), StringComparison.Ordinal))];
    }

    private static AuditEntry Audit(string action, Guid entityId) => new()
    {
        Id = Guid.CreateVersion7(),
        At = DateTime.UtcNow,
        ActorKind = ActorKind.Admin,
        Action = action,
        EntityType = "test",
        EntityId = entityId.ToString(),
    };
}

public sealed class ReconcileTestsOnSqlite(SqliteHost fixture) : ReconcileTests<SqliteHost>(fixture);

public sealed class ReconcileTestsOnPostgres(PostgresHost fixture) : ReconcileTests<PostgresHost>(fixture);

public sealed class ReconcileTestsOnMySql(MySqlHost fixture) : ReconcileTests<MySqlHost>(fixture);
