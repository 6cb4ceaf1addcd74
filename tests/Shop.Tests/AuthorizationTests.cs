using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Platform.Accounts;

namespace Quartet.Shop.Tests;

/// <summary>Spec §8.3 as a table: every route for anonymous callers, employees and each admin role.</summary>
public abstract class AuthorizationTests<T>(T fixture) : IClassFixture<T> where T : HostFixture
{
    private readonly ShopKit kit = new(fixture.Host);

    private static readonly Guid Any = Guid.Parse("01900000-0000-7000-8000-000000000001");

    public enum Area
    {
        Employee,
        Products,
        Points,
        Stats,
        Audit,
    }

    public static readonly (string Method, string Path, Area Area)[] Routes =
    [
        ("GET", "/api/shop/me", Area.Employee),
        ("GET", "/api/shop/me/balance", Area.Employee),
        ("GET", "/api/shop/me/ledger", Area.Employee),
        ("GET", "/api/shop/me/ledger.csv", Area.Employee),
        ("GET", "/api/shop/categories", Area.Employee),
        ("GET", "/api/shop/products", Area.Employee),
        ("GET", $"/api/shop/products/{Any}", Area.Employee),
        ("POST", "/api/shop/orders", Area.Employee),
        ("GET", "/api/shop/orders", Area.Employee),
        ("GET", $"/api/shop/orders/{Any}", Area.Employee),
        ("POST", $"/api/shop/orders/{Any}/cancel", Area.Employee),
        ("GET", "/api/shop/admin/products", Area.Products),
        ("POST", "/api/shop/admin/products", Area.Products),
        ("GET", $"/api/shop/admin/products/{Any}", Area.Products),
        ("PUT", $"/api/shop/admin/products/{Any}", Area.Products),
        ("POST", $"/api/shop/admin/products/{Any}/activate", Area.Products),
        ("POST", $"/api/shop/admin/products/{Any}/deactivate", Area.Products),
        ("POST", $"/api/shop/admin/products/{Any}/stock", Area.Products),
        ("GET", $"/api/shop/admin/products/{Any}/stock-movements", Area.Products),
        ("PUT", $"/api/shop/admin/products/{Any}/image", Area.Products),
        ("DELETE", $"/api/shop/admin/products/{Any}/image", Area.Products),
        ("DELETE", $"/api/shop/admin/products/{Any}", Area.Products),
        ("GET", "/api/shop/admin/orders", Area.Products),
        ("GET", $"/api/shop/admin/orders/{Any}", Area.Products),
        ("POST", $"/api/shop/admin/orders/{Any}/fulfil", Area.Products),
        ("POST", $"/api/shop/admin/orders/{Any}/cancel", Area.Products),
        ("GET", "/api/shop/admin/exports/orders.csv", Area.Products),
        ("GET", "/api/shop/admin/employees", Area.Points),
        ("GET", $"/api/shop/admin/employees/{Any}", Area.Points),
        ("PATCH", $"/api/shop/admin/employees/{Any}", Area.Points),
        ("GET", "/api/shop/admin/ledger", Area.Points),
        ("POST", "/api/shop/admin/points/grant", Area.Points),
        ("POST", "/api/shop/admin/points/deduct", Area.Points),
        ("POST", "/api/shop/admin/points/batches", Area.Points),
        ("GET", "/api/shop/admin/points/batches", Area.Points),
        ("GET", $"/api/shop/admin/points/batches/{Any}", Area.Points),
        ("GET", "/api/shop/admin/allocations", Area.Points),
        ("POST", "/api/shop/admin/allocations/run", Area.Points),
        ("GET", "/api/shop/admin/exports/ledger.csv", Area.Points),
        ("GET", "/api/shop/admin/stats", Area.Stats),
        ("GET", "/api/shop/admin/audit", Area.Audit),
    ];

    private static HttpRequestMessage Request((string Method, string Path, Area Area) route) =>
        new(new HttpMethod(route.Method), route.Path) { Content = route.Method is "GET" or "DELETE" ? null : JsonContent.Create(new { }) };

    private static bool Allowed(Area area, string role) => (area, role) switch
    {
        (Area.Employee, "shop.employee") => true,
        (Area.Employee, _) => false,
        (_, "shop.admin") => true,
        (Area.Products or Area.Stats, "shop.products") => true,
        (Area.Points or Area.Stats, "shop.points") => true,
        _ => false,
    };

    [Fact]
    public async Task Every_route_needs_a_session()
    {
        var anonymous = kit.Host.CreateRawClient();
        foreach (var route in Routes)
        {
            var response = await anonymous.SendAsync(Request(route));
            response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, $"{route.Method} {route.Path}");
        }
    }

    [Theory]
    [InlineData("shop.employee")]
    [InlineData("shop.products")]
    [InlineData("shop.points")]
    [InlineData("shop.admin")]
    public async Task Each_role_reaches_exactly_its_routes(string role)
    {
        var user = await kit.Host.CreateUserAsync(role);
        foreach (var route in Routes)
        {
            var response = await user.Client.SendAsync(Request(route));
            if (Allowed(route.Area, role))
            {
                response.StatusCode.ShouldNotBe(HttpStatusCode.Forbidden, $"{role} on {route.Method} {route.Path}");
                response.StatusCode.ShouldNotBe(HttpStatusCode.Unauthorized, $"{role} on {route.Method} {route.Path}");
                ((int)response.StatusCode).ShouldBeLessThan(500, $"{role} on {route.Method} {route.Path}: {await response.Content.ReadAsStringAsync()}");
            }
            else
            {
                await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
            }
        }
    }

    [Fact]
    public async Task Removing_the_employee_role_takes_effect_on_the_next_request()
    {
        var employee = await kit.EmployeeAsync();
        (await employee.Client.GetAsync("/api/shop/me/balance")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await using (var scope = kit.Host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountService>().RevokeRoleAsync(employee.Id, "shop.employee", CancellationToken.None);
        }

        await (await employee.Client.GetAsync("/api/shop/me/balance")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Another_employees_order_is_403_and_an_inactive_product_is_404_for_employees_only()
    {
        var owner = await kit.FundedEmployeeAsync(100);
        var other = await kit.EmployeeAsync();
        var product = await kit.ProductAsync(cost: 10);
        var order = await ShopKit.PlaceAsync(owner.Client, product);
        await (await other.Client.GetAsync($"/api/shop/orders/{order}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "NOT_OWNER");
        await (await other.Client.PostAsync($"/api/shop/orders/{order}/cancel", null)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "NOT_OWNER");

        var inactive = await kit.ProductAsync(active: false);
        await (await other.Client.GetAsync($"/api/shop/products/{inactive}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "PRODUCT_NOT_FOUND");
        (await (await kit.AdminAsync()).Client.GetAsync($"/api/shop/admin/products/{inactive}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Nobody_adjusts_their_own_points()
    {
        var admin = await kit.Host.CreateUserAsync("shop.admin", "shop.employee");
        await (await admin.Client.PostAsJsonAsync("/api/shop/admin/points/grant", new { userId = admin.Id, amount = 10, reason = "me" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "SELF_ADJUST_FORBIDDEN");
        await (await admin.Client.PostAsJsonAsync("/api/shop/admin/points/deduct", new { userId = admin.Id, amount = 10, reason = "me" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "SELF_ADJUST_FORBIDDEN");

        var colleague = await kit.EmployeeAsync();
        var body = await (await admin.Client.PostAsJsonAsync("/api/shop/admin/points/batches", new
        {
            kind = "grant",
            reason = "bonus",
            items = new object[] { new { userId = colleague.Id, amount = 10 }, new { userId = admin.Id, amount = 10 } },
        })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "BATCH_REJECTED");
        body.GetProperty("errors").GetProperty("items[1]")[0].GetString().ShouldBe("SELF_ADJUST_FORBIDDEN");
        (await ShopKit.BalanceAsync(colleague.Client)).ShouldBe(0);
    }
}

public sealed class AuthorizationTestsOnSqlite(SqliteHost fixture) : AuthorizationTests<SqliteHost>(fixture);

public sealed class AuthorizationTestsOnPostgres(PostgresHost fixture) : AuthorizationTests<PostgresHost>(fixture);

public sealed class AuthorizationTestsOnMySql(MySqlHost fixture) : AuthorizationTests<MySqlHost>(fixture);
