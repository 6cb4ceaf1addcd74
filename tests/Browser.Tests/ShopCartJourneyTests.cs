using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Quartet.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed partial class ShopCartJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task An_employee_fills_a_cart_from_the_catalogue_and_the_product_page_and_checks_out_on_a_phone()
    {
        var admin = await fixture.Host.CreateUserAsync("shop.admin");
        var employee = await fixture.Host.CreateUserAsync("shop.employee");
        var tag = Guid.NewGuid().ToString("N")[..8];
        var bottle = $"Cart bottle {tag}";
        var notebook = $"Cart notebook {tag}";
        foreach (var (name, cost) in new[] { (bottle, 120), (notebook, 40) })
        {
            (await admin.Client.PostAsJsonAsync("/api/shop/admin/products", new { name, category = "Home", pointsCost = cost, stock = 5, isActive = true })).EnsureSuccessStatusCode();
        }

        (await admin.Client.PostAsJsonAsync("/api/shop/admin/points/grant", new { userId = employee.Id, amount = 320, reason = "Welcome" })).EnsureSuccessStatusCode();

        var page = await fixture.NewPageAsync(phone: true);
        var problems = page.RecordProblems();
        await BrowserFixture.SignInAsync(page, employee.Email, employee.Password);
        await page.GotoAsync("/shop");
        await page.GetByLabel("Search products").FillAsync($"Cart notebook {tag}");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex($"^Add to cart.*{Regex.Escape(notebook)}") }).ClickAsync();
        await Expect(page.GetByTestId("cart-count")).ToHaveTextAsync("1");

        await page.GetByLabel("Search products").FillAsync($"Cart bottle {tag}");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(Regex.Escape(bottle)) }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Increase quantity" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();
        await Expect(page.GetByText("Added to your cart.")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("cart-count")).ToHaveTextAsync("3");

        await page.GetByRole(AriaRole.Link, new() { Name = "Go to the cart" }).ClickAsync();
        await Expect(page.GetByTestId("cart-total")).ToHaveTextAsync("280 points");

        // Three notebooks push the cart past the balance: checkout is refused on the page, not by the server.
        var notebookLine = page.GetByRole(AriaRole.Group, new() { Name = $"Quantity of {notebook}" });
        await notebookLine.GetByRole(AriaRole.Button, new() { Name = "Increase quantity" }).ClickAsync();
        await notebookLine.GetByRole(AriaRole.Button, new() { Name = "Increase quantity" }).ClickAsync();
        await Expect(page.GetByText("You need 40 more points for this cart.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Redeem for 360 points" })).ToBeDisabledAsync();
        await notebookLine.GetByRole(AriaRole.Button, new() { Name = "Decrease quantity" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Redeem for 320 points" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your 2 orders are placed" })).ToBeVisibleAsync();
        await Expect(page.GetByText("You spent 320 points; your balance is now 0 points.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = OrderNumber() })).ToHaveCountAsync(2);
        await Expect(page.GetByTestId("shop-balance")).ToHaveTextAsync("0 points");
        await Expect(page.GetByTestId("cart-count")).ToHaveCountAsync(0);
        (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue("no horizontal overflow");
        problems.ShouldBeEmpty();
    }

    [GeneratedRegex(@"^S\d{6}-[0-9A-Z]{6}$")]
    private static partial Regex OrderNumber();
}
