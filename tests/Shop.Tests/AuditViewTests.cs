using System.Net.Http.Json;
using System.Text.Json;

namespace Quartet.Shop.Tests;

/// <summary>The audit log as an admin reads it: what happened, to what (by name or number), by whom (name and e-mail).</summary>
public abstract class AuditViewTests<T>(T fixture) : IClassFixture<T> where T : HostFixture
{
    private readonly ShopKit kit = new(fixture.Host);

    [Fact]
    public async Task Entries_name_the_product_the_order_the_employee_and_the_actor()
    {
        var admin = await fixture.Host.CreateUserAsync("shop.admin");
        var name = $"Audit kettle {Guid.NewGuid():N}"[..22];
        var product = (await (await admin.Client.PostAsJsonAsync("/api/shop/admin/products", new { name, category = "Kitchen", pointsCost = 10, stock = 5, isActive = true }))
            .ReadAsAsync<JsonElement>()).GetProperty("id").GetGuid();
        var employee = await kit.FundedEmployeeAsync(100);
        var order = await ShopKit.PlaceAsync(employee.Client, product);

        async Task<JsonElement> EntryAsync(string action, string entityId) =>
            (await (await admin.Client.GetAsync($"/api/shop/admin/audit?action={action}&entityId={entityId}")).ReadAsAsync<JsonElement>()).GetProperty("items")[0];

        var created = await EntryAsync("product.create", product.ToString());
        created.GetProperty("subject").GetString().ShouldBe(name);
        created.GetProperty("actorEmail").GetString().ShouldBe(admin.Email);
        created.GetProperty("actorName").GetString().ShouldNotBeNull();

        var placed = await EntryAsync("order.place", order.ToString());
        placed.GetProperty("subject").GetString()!.ShouldMatch(@$"^Order S\d{{6}}-[0-9A-Z]{{6}} \({name}\)$");
        placed.GetProperty("actorEmail").GetString().ShouldBe(employee.Email);

        var granted = await EntryAsync("points.grant", employee.Id.ToString());
        granted.GetProperty("subject").GetString()!.ShouldEndWith($"<{employee.Email}>");

        (await admin.Client.DeleteAsync($"/api/shop/admin/products/{(await kit.ProductAsync(name: "Short-lived"))}")).EnsureSuccessStatusCode();
        var deleted = (await (await admin.Client.GetAsync("/api/shop/admin/audit?action=product.delete")).ReadAsAsync<JsonElement>()).GetProperty("items")[0];
        deleted.GetProperty("subject").GetString().ShouldBe("Short-lived");
    }
}

public sealed class AuditViewTestsOnSqlite(SqliteHost fixture) : AuditViewTests<SqliteHost>(fixture);
