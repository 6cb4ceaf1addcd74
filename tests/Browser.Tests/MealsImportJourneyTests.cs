using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Quartet.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class MealsImportJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_csv_with_a_duplicate_is_reviewed_resolved_and_applied()
    {
        var user = await fixture.Host.CreateUserAsync();
        var date = DateTime.UtcNow.Date.AddDays(-5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var restaurant = await (await user.Client.PostAsJsonAsync("/api/meals/restaurants", new { name = "Blue Door Cafe", city = "Boston" }))
            .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        var existing = await (await user.Client.PostAsJsonAsync("/api/meals/expenses", new
        {
            restaurantId = restaurant.GetProperty("id").GetGuid(),
            amountMinor = 2350,
            currency = "USD",
            localDate = date,
            notes = "lunch with Sam",
        })).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        var existingId = existing.GetProperty("id").GetGuid();

        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/signin?returnUrl=/meals/import");
        await page.GetByLabel("Email").FillAsync(user.Email);
        await page.GetByLabel("Password").FillAsync(user.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        var csv = "date,amount,currency,restaurant,city,notes\r\n"
            + $"{date},23.50,USD,Blue Door Cafe,Boston,lunch with Sam and Alex\r\n"
            + $"{date},8.25,USD,Corner Bakery,Cambridge,croissants\r\n";
        await page.GetByLabel("File to import").SetInputFilesAsync(new FilePayload
        {
            Name = "bank.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(csv),
        });

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Review bank.csv" })).ToBeVisibleAsync();
        var duplicate = page.GetByRole(AriaRole.Row, new() { Name = "Row 1" });
        await Expect(duplicate).ToContainTextAsync("Possible duplicate");
        await Expect(page.GetByLabel("Action for row 1")).ToHaveValueAsync("skip");
        await Expect(page.GetByLabel("Action for row 2")).ToHaveValueAsync("create");

        await duplicate.GetByText("Possible duplicate — compare").ClickAsync();
        await Expect(duplicate).ToContainTextAsync("lunch with Sam and Alex");

        await page.GetByLabel("Action for row 1").SelectOptionAsync($"update:{existingId}");
        await Expect(page.GetByLabel("Action for row 1")).ToHaveValueAsync($"update:{existingId}");
        var counters = page.GetByLabel("Import counters");
        await Expect(counters).ToContainTextAsync("To update1");

        await page.GetByRole(AriaRole.Button, new() { Name = "Apply import" }).ClickAsync();
        var result = page.GetByLabel("Import result");
        await Expect(result).ToContainTextAsync("Expenses created1");
        await Expect(result).ToContainTextAsync("Expenses updated1");
        await Expect(result).ToContainTextAsync("Restaurants created1");

        await page.GetByRole(AriaRole.Link, new() { Name = "See the imported expenses" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Corner Bakery" })).ToBeVisibleAsync();

        var updated = await user.Client.GetFromJsonAsync<JsonElement>($"/api/meals/expenses/{existingId}");
        updated.GetProperty("notes").GetString().ShouldBe("lunch with Sam and Alex");
        var all = await user.Client.GetFromJsonAsync<JsonElement>("/api/meals/expenses");
        all.GetProperty("total").GetInt32().ShouldBe(2);

        await page.GetByLabel("Select all on this page").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete selected" }).ClickAsync();
        var confirm = page.GetByRole(AriaRole.Dialog);
        await Expect(confirm).ToContainTextAsync("Delete 1 expense?");
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Delete 1" }).ClickAsync();
        await Expect(page.GetByText("No expenses match these filters.")).ToBeVisibleAsync();
        (await user.Client.GetFromJsonAsync<JsonElement>("/api/meals/expenses")).GetProperty("total").GetInt32().ShouldBe(1);
    }
}
