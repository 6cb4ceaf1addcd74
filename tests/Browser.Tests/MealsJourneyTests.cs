using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Quartet.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed partial class MealsJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task An_expense_logged_on_a_phone_shows_on_the_dashboard()
    {
        var user = await fixture.Host.CreateUserAsync();
        var page = await fixture.NewPageAsync(phone: true);
        await page.GotoAsync("/signin?returnUrl=/meals");
        await page.GetByLabel("Email").FillAsync(user.Email);
        await page.GetByLabel("Password").FillAsync(user.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Add first expense" }).ClickAsync();
        await page.GetByLabel("Restaurant", new() { Exact = true }).FillAsync("Blue Door Cafe");
        await page.GetByLabel(AddAsNewRestaurant()).CheckAsync();
        await page.GetByLabel("Amount").FillAsync("23.50");
        await page.GetByLabel("Currency").FillAsync("USD");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(ExpensesList());
        await Expect(page.GetByText("Blue Door Cafe").First).ToBeVisibleAsync();
        await MealsPagesJourneyTests.FitsThePhoneAsync(page);

        await page.GotoAsync("/meals");
        var usd = page.GetByLabel("Spending in USD");
        await Expect(usd).ToContainTextAsync("$23.50");
        await Expect(usd).ToContainTextAsync("Blue Door Cafe");
        await MealsPagesJourneyTests.FitsThePhoneAsync(page);
    }

    [Fact]
    public async Task Save_keeps_a_pasted_tag_list_and_a_half_typed_tag_and_confirms()
    {
        var user = await fixture.Host.CreateUserAsync();
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/signin?returnUrl=/meals/expenses/new");
        await page.GetByLabel("Email").FillAsync(user.Email);
        await page.GetByLabel("Password").FillAsync(user.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await page.GetByLabel("Restaurant", new() { Exact = true }).FillAsync("Green Bowl");
        await page.GetByLabel(AddAsNewRestaurant()).CheckAsync();
        await page.GetByLabel("Amount").FillAsync("14.20");
        var tags = page.GetByLabel("Tags", new() { Exact = true });
        await tags.FillAsync("team-lunch,");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Remove tag team-lunch", Exact = true })).ToBeVisibleAsync();
        await tags.PressSequentiallyAsync("friday");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        await page.WaitForURLAsync(ExpensesList());
        await Expect(page.Toast("Saved: Green Bowl")).ToBeVisibleAsync();
        var saved = (await user.Client.GetFromJsonAsync<JsonElement>("/api/meals/expenses")).GetProperty("items")[0];
        saved.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ShouldBe(["team-lunch", "friday"], ignoreOrder: true);
    }

    [Fact]
    public async Task An_expense_saved_offline_waits_and_is_sent_on_reconnect()
    {
        var user = await fixture.Host.CreateUserAsync();
        var page = await fixture.NewPageAsync(phone: true);
        await page.GotoAsync("/signin?returnUrl=/meals/expenses/new");
        await page.GetByLabel("Email").FillAsync(user.Email);
        await page.GetByLabel("Password").FillAsync(user.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByLabel("Amount")).ToBeVisibleAsync();

        await page.Context.SetOfflineAsync(true);
        await page.GetByLabel("Restaurant", new() { Exact = true }).FillAsync("Night Owl Diner");
        await page.GetByLabel(AddAsNewRestaurant()).CheckAsync();
        await page.GetByLabel("Amount").FillAsync("12.00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and add another" }).ClickAsync();
        await Expect(page.GetByText("1 expense waiting to be sent")).ToBeVisibleAsync();
        (await user.Client.GetFromJsonAsync<JsonElement>("/api/meals/expenses")).GetProperty("total").GetInt32().ShouldBe(0);

        await page.Context.SetOfflineAsync(false);
        await Expect(page.GetByText("waiting to be sent")).ToHaveCountAsync(0);
        var list = await user.Client.GetFromJsonAsync<JsonElement>("/api/meals/expenses");
        list.GetProperty("total").GetInt32().ShouldBe(1);
        list.GetProperty("items")[0].GetProperty("restaurantName").GetString().ShouldBe("Night Owl Diner");
        list.GetProperty("items")[0].GetProperty("amountMinor").GetInt64().ShouldBe(1200);
    }

    [GeneratedRegex("as a new restaurant")]
    private static partial Regex AddAsNewRestaurant();

    [GeneratedRegex("/meals/expenses$")]
    private static partial Regex ExpensesList();
}
