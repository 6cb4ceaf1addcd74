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

    [GeneratedRegex("as a new restaurant")]
    private static partial Regex AddAsNewRestaurant();

    [GeneratedRegex("/meals/expenses$")]
    private static partial Regex ExpensesList();
}
