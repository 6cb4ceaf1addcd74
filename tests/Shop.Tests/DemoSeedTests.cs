using System.Net;
using System.Text.Json;
using System.Xml.Linq;
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

    [Fact]
    public async Task Every_demo_product_has_its_own_drawn_picture_served_through_the_signed_image_links()
    {
        await using (var scope = kit.Host.Services.CreateAsyncScope())
        {
            await DemoSeeder.SeedAsync(scope.ServiceProvider, new Progress<string>(), CancellationToken.None);
        }

        var employee = await kit.EmployeeAsync();
        var page = await (await employee.Client.GetAsync("/api/shop/products?pageSize=100")).ReadAsAsync<JsonElement>();
        var pictures = new HashSet<string>();
        foreach (var product in page.GetProperty("items").EnumerateArray().Where(p => p.GetProperty("name").GetString()!.Length > 0).Take(12))
        {
            var image = await employee.Client.GetAsync(product.GetProperty("imageUrl").GetString());
            image.StatusCode.ShouldBe(HttpStatusCode.OK);
            image.Content.Headers.ContentType!.MediaType.ShouldBe("image/svg+xml");
            var svg = XDocument.Parse(await image.Content.ReadAsStringAsync());
            var ns = XNamespace.Get("http://www.w3.org/2000/svg");
            svg.Root!.Element(ns + "title")!.Value.ShouldBe(product.GetProperty("name").GetString());
            svg.Descendants().ShouldNotContain(e => e.Name.LocalName == "script" || e.Name.LocalName == "foreignObject");
            svg.Descendants(ns + "path").Count().ShouldBeGreaterThan(0, "the product's object is drawn");
            pictures.Add(svg.ToString()).ShouldBeTrue("each product gets its own picture");
        }

        pictures.Count.ShouldBe(12);
    }
}

public sealed class DemoSeedTestsOnSqlite(SqliteHost fixture) : DemoSeedTests<SqliteHost>(fixture);

public sealed class DemoSeedTestsOnPostgres(PostgresHost fixture) : DemoSeedTests<PostgresHost>(fixture);

public sealed class DemoSeedTestsOnMySql(MySqlHost fixture) : DemoSeedTests<MySqlHost>(fixture);
