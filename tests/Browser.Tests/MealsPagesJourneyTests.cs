using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Quartet.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class MealsPagesJourneyTests(BrowserFixture fixture)
{
    /// <summary>The smallest valid PNG (1×1, transparent).</summary>
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    [Fact]
    public async Task Restaurants_tags_budgets_calendar_reports_and_receipts_work_on_a_phone()
    {
        var user = await fixture.Host.CreateUserAsync();
        var today = DateTime.UtcNow.Date;
        var date = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var restaurant = await PostAsync(user, "/api/meals/restaurants", new { name = "Harbor Noodles", city = "Boston", cuisine = "Japanese" });
        var restaurantId = restaurant.GetProperty("id").GetGuid();
        var expense = await PostAsync(user, "/api/meals/expenses", new { restaurantId, amountMinor = 1800, currency = "USD", localDate = date, tags = new[] { "lunch-club" } });
        await PostAsync(user, "/api/meals/expenses", new { restaurantId, amountMinor = 2200, currency = "USD", localDate = date, tags = new[] { "work" } });

        var page = await fixture.NewPageAsync(phone: true);
        await page.GotoAsync("/signin?returnUrl=/meals/restaurants");
        await page.GetByLabel("Email").FillAsync(user.Email);
        await page.GetByLabel("Password").FillAsync(user.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Harbor Noodles" }).ClickAsync();
        var stats = page.GetByLabel("Restaurant stats");
        await Expect(stats).ToContainTextAsync("Visits2");
        await Expect(stats).ToContainTextAsync("$40.00");
        await Expect(page.GetByRole(AriaRole.List, new() { Name = "Expense history" }).GetByRole(AriaRole.Listitem)).ToHaveCountAsync(2);
        await FitsThePhoneAsync(page);

        await page.GotoAsync("/meals/expenses?minAmount=2000");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Remove filter At least: $20.00" })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Totals")).ToContainTextAsync("1 expense · $22.00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove filter At least: $20.00" }).ClickAsync();
        await Expect(page.GetByLabel("Totals")).ToContainTextAsync("2 expenses · $40.00");
        await FitsThePhoneAsync(page);

        await page.GotoAsync("/meals/categories");
        await page.GetByLabel("Name of Snacks").FillAsync("Treats");
        await page.GetByLabel("Categories", new() { Exact = true }).GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.GetByLabel("Name of Treats")).ToHaveValueAsync("Treats");
        await page.GetByRole(AriaRole.Button, new() { Name = "Merge tag lunch-club" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Combobox).SelectOptionAsync(new SelectOptionValue { Label = "work (1)" });
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Merge" }).ClickAsync();
        await Expect(page.GetByLabel("Name of tag lunch-club")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "2 uses" })).ToBeVisibleAsync();
        await FitsThePhoneAsync(page);

        await page.GotoAsync("/meals/budgets");
        await page.GetByLabel("Monthly limit", new() { Exact = true }).FillAsync("50");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add budget" }).ClickAsync();
        var bar = page.GetByRole(AriaRole.Progressbar, new() { Name = "Overall (USD)" });
        await Expect(bar).ToHaveAttributeAsync("aria-valuenow", "80");
        await Expect(bar).ToHaveAttributeAsync("aria-valuetext", "80% · Warning");
        await FitsThePhoneAsync(page);

        await page.GotoAsync("/meals");
        await Expect(page.GetByRole(AriaRole.Progressbar, new() { Name = "Overall (USD)" })).ToBeVisibleAsync();
        await FitsThePhoneAsync(page);

        await page.GotoAsync("/meals/calendar");
        await page.GetByRole(AriaRole.List, new() { Name = "Days with meals" }).GetByRole(AriaRole.Button, new() { Name = $"{date} · 2 meals" }).ClickAsync();
        await Expect(page.GetByLabel($"Meals on {date}")).ToContainTextAsync("Harbor Noodles");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Add on this day" })).ToHaveAttributeAsync("href", $"/meals/expenses/new?date={date}");
        await FitsThePhoneAsync(page);

        await page.GotoAsync("/meals/reports");
        await Expect(page.GetByLabel("Totals")).ToContainTextAsync("$40.00");
        await Expect(page.GetByLabel("By restaurant", new() { Exact = true })).ToContainTextAsync("Harbor Noodles");
        await page.GetByRole(AriaRole.Link, new() { Name = "Print" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Meal spending report" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Meals" })).ToHaveCountAsync(0);

        await page.GotoAsync($"/meals/expenses/{expense.GetProperty("id").GetGuid()}");
        await page.GetByLabel("Add receipt").SetInputFilesAsync(new FilePayload { Name = "receipt.png", MimeType = "image/png", Buffer = Png });
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Receipt receipt.png" })).ToBeVisibleAsync();
        await FitsThePhoneAsync(page);

        await page.GotoAsync("/meals/import");
        var csv = $"date,amount,restaurant,notes\r\n{date},18.00,Harbor Noodles,a rather long note that should wrap on a narrow phone screen\r\n2099-01-01,x,Nowhere,\r\n";
        await page.GetByLabel("File to import").SetInputFilesAsync(new FilePayload { Name = "phone.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(csv) });
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = "Row 1" })).ToContainTextAsync("Possible duplicate");
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = "Row 2" })).ToContainTextAsync("Error");
        await FitsThePhoneAsync(page);
    }

    [Fact]
    public async Task A_meals_admin_resets_a_password_and_sees_it_in_the_audit_log()
    {
        var admin = await fixture.Host.CreateUserAsync("meals.admin");
        var member = await fixture.Host.CreateUserAsync();
        (await member.Client.GetAsync("/api/meals/settings")).EnsureSuccessStatusCode();

        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/signin?returnUrl=/meals/admin");
        await page.GetByLabel("Email").FillAsync(admin.Email);
        await page.GetByLabel("Password").FillAsync(admin.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await page.GetByLabel("Search users").FillAsync(member.Email);
        var row = page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = member.Email });
        await Expect(row).ToContainTextAsync("active · 0 expenses");
        await row.GetByRole(AriaRole.Button, new() { Name = "Reset password" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Reset password" }).ClickAsync();
        var shown = page.GetByText($"Temporary password for {member.Email}");
        await Expect(shown).ToBeVisibleAsync();
        var password = await shown.Locator("code").TextContentAsync();
        password!.Length.ShouldBe(16);
        (await fixture.Host.CreateRawClient().PostAsJsonAsync("/api/auth/token", new { email = member.Email, password })).EnsureSuccessStatusCode();
        await Expect(page.GetByLabel("Audit log")).ToContainTextAsync("admin.reset-password");
    }

    private static async Task<JsonElement> PostAsync(TestUser user, string path, object body) =>
        await (await user.Client.PostAsJsonAsync(path, body)).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();

    /// <summary>Nothing on the page is wider than the phone.</summary>
    internal static async Task FitsThePhoneAsync(IPage page) =>
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(page.ViewportSize!.Width);
}
