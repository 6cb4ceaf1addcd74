using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Quartet.Shop.Demo;
using static Microsoft.Playwright.Assertions;

namespace Quartet.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed partial class ShopJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task An_employee_redeems_a_product_and_sees_the_balance_drop_and_the_order()
    {
        var admin = await fixture.Host.CreateUserAsync("shop.admin");
        var employee = await fixture.Host.CreateUserAsync("shop.employee");
        var name = $"Journey mug {Guid.NewGuid():N}"[..20];
        var created = await admin.Client.PostAsJsonAsync("/api/shop/admin/products", new { name, category = "Home", pointsCost = 300, stock = 5, isActive = true });
        created.EnsureSuccessStatusCode();
        (await admin.Client.PostAsJsonAsync("/api/shop/admin/points/grant", new { userId = employee.Id, amount = 1000, reason = "Welcome" })).EnsureSuccessStatusCode();

        var page = await fixture.NewPageAsync(phone: true);
        await BrowserFixture.SignInAsync(page, employee.Email, employee.Password);
        await page.GotoAsync("/shop");
        await Expect(page.GetByTestId("shop-balance")).ToHaveTextAsync("1,000 points");
        await page.GetByLabel("Search products").FillAsync(name);
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(Regex.Escape(name)) }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Redeem", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("700");
        await page.GetByRole(AriaRole.Button, new() { Name = "Redeem now" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Dialog).GetByText(OrderPlaced())).ToBeVisibleAsync();
        await Expect(page.GetByTestId("shop-balance")).ToHaveTextAsync("700 points");
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();
        await Expect(page.Toast(OrderPlaced())).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Orders", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Cell, new() { NameRegex = new Regex(Regex.Escape(name)) })).ToBeVisibleAsync();

        await page.GotoAsync("/shop/points");
        await Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = WholeOrderNumber() })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_admin_creates_a_product_with_an_image_and_grants_points()
    {
        var admin = await fixture.Host.CreateUserAsync("shop.admin");
        var employee = await fixture.Host.CreateUserAsync("shop.employee");
        var name = $"Journey lamp {Guid.NewGuid():N}"[..21];

        var page = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, admin.Email, admin.Password);
        await page.GotoAsync("/shop/admin/products/new");
        await page.GetByLabel("Name").FillAsync(name);
        await page.GetByLabel("Category", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "New category…" });
        await page.GetByLabel("New category name").FillAsync("Lighting");
        await page.GetByLabel("Cost (points)").FillAsync("250");
        await page.GetByLabel("Initial stock").FillAsync("12");
        await page.GetByLabel("Active").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await page.GetByLabel("Upload image").SetInputFilesAsync(new FilePayload { Name = "lamp.png", MimeType = "image/png", Buffer = DemoImages.Tile(2, (160, 100, 20)) });
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = name })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Category", new() { Exact = true })).ToHaveValueAsync("Lighting");

        await page.GotoAsync("/shop/admin/points");
        await page.GetByLabel("Find an employee by name, e-mail or number").FillAsync(employee.Email);
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex(Regex.Escape(employee.Email)) }).ClickAsync();
        await page.GetByLabel("Amount").First.FillAsync("500");
        await page.GetByLabel("Reason").First.FillAsync("Great work on the launch");
        await page.GetByRole(AriaRole.Button, new() { Name = "Grant", Exact = true }).ClickAsync();
        await Expect(page.GetByText("Done. New balance: 500")).ToBeVisibleAsync();

        var product = await (await employee.Client.GetAsync($"/api/shop/products?q={Uri.EscapeDataString(name)}")).Content.ReadFromJsonAsync<JsonElement>();
        product.GetProperty("items")[0].GetProperty("imageUrl").GetString().ShouldNotBeNull();
    }

    [Fact]
    public async Task The_admin_dashboard_charts_points_per_day_with_axes_and_a_legend()
    {
        var admin = await fixture.Host.CreateUserAsync("shop.admin");
        var page = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, admin.Email, admin.Password);
        await page.GotoAsync("/shop/admin");
        // Redemptions and grants have a chart each, on its own scale (a month's grant would flatten the redemptions).
        foreach (var (title, legend) in new[] { ("Points redeemed per day, last 30 days", "Points redeemed"), ("Points granted per day, last 30 days", "Points granted") })
        {
            var chart = page.GetByRole(AriaRole.Figure, new() { Name = title });
            await Expect(chart.Locator(".recharts-xAxis-tick-labels text").First).ToBeVisibleAsync();
            await Expect(chart.Locator(".recharts-yAxis-tick-labels text").First).ToBeVisibleAsync();
            await Expect(chart.GetByText(legend, new() { Exact = true }).First).ToBeVisibleAsync();
            await Expect(chart.GetByText("Today (still running)")).ToBeVisibleAsync();
        }
    }

    [GeneratedRegex(@"· S\d{6}-[0-9A-Z]{6}$")]
    private static partial Regex WholeOrderNumber();

    [GeneratedRegex(@"Order S\d{6}-[0-9A-Z]{6} placed")]
    private static partial Regex OrderPlaced();
}
