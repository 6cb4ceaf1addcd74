using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Quartet.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed partial class PlatformJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_newcomer_registers_signs_out_signs_in_and_sees_the_four_apps()
    {
        var page = await fixture.NewPageAsync();
        var email = $"newcomer-{Guid.NewGuid():N}"[..20] + "@example.test";

        await page.GotoAsync("/register");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Display name").FillAsync("New Comer");
        await page.GetByLabel("Password").FillAsync("first-pass-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        await Expect(page.GetByText(email).First).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        // Leaving the page before the sign-out answer arrives would abort it, and /signin sends a signed-in user on.
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).First).ToBeVisibleAsync();

        await page.GotoAsync("/signin");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync("first-pass-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        // No role yet: the app every account can use, not the bare home page.
        await page.WaitForURLAsync(MealsApp());
        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Quartet", Exact = true })).ToBeVisibleAsync();
        foreach (var app in new[] { "AWSomeShop", "Meal Expense Tracker", "Caja Live", "Theme Park Hall of Shame" })
        {
            await Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(Regex.Escape(app)) }).First).ToBeVisibleAsync();
        }

        await Expect(page.GetByText(email).First).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData("shop.employee", "/shop")]
    [InlineData("live.host", "/live")]
    [InlineData("parks.admin", "/parks")]
    public async Task Signing_in_lands_on_the_app_the_roles_point_at(string role, string app)
    {
        var user = await fixture.Host.CreateUserAsync(role);
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/signin");
        await page.GetByLabel("Email").FillAsync(user.Email);
        await page.GetByLabel("Password").FillAsync(user.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == app);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/signin")]
    [InlineData("/parks")]
    public async Task An_anonymous_visit_logs_no_console_error_and_no_failed_request(string path)
    {
        var page = await fixture.NewPageAsync();
        var problems = page.RecordProblems();
        await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });
        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_wrong_password_shows_a_generic_error_on_a_phone()
    {
        var user = await fixture.Host.CreateUserAsync();
        var page = await fixture.NewPageAsync(phone: true);
        await page.GotoAsync("/signin");
        await page.GetByLabel("Email").FillAsync(user.Email);
        await page.GetByLabel("Password").FillAsync("not-the-password-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByText(IncorrectCredentials()).First).ToBeVisibleAsync();
        page.Url.ShouldContain("/signin");
    }

    [GeneratedRegex("/meals$")]
    private static partial Regex MealsApp();

    [GeneratedRegex("incorrect", RegexOptions.IgnoreCase)]
    private static partial Regex IncorrectCredentials();
}
