using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Quartet.Browser.Tests;

/// <summary>
/// Account journeys of issue 19 in Chromium: changing the sign-in address through the mail a real SMTP server receives,
/// and a platform admin deleting an account from the users page (and being refused the own one).
/// </summary>
public sealed partial class AccountEmailJourneyTests : IAsyncLifetime
{
    private LocalSmtp smtp = null!;
    private QuartetTestHost host = null!;
    private IPlaywright playwright = null!;
    private IBrowser browser = null!;

    public async Task InitializeAsync()
    {
        smtp = await LocalSmtp.StartAsync();
        host = await QuartetTestHost.StartAsync(TestProvider.Sqlite, smtp.Settings("https://quartet.example.test"), loopback: true);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("QUARTET_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    [Fact]
    public async Task Changing_the_address_mails_the_new_one_and_the_link_switches_the_sign_in()
    {
        var user = await host.CreateUserAsync();
        var newEmail = $"moved-{Guid.NewGuid():N}"[..16] + "@example.test";
        var (context, page) = await SignedInAsync(user);
        var problems = page.RecordProblems();

        await page.GotoAsync("/account");
        await page.GetByLabel("New email address").FillAsync(newEmail);
        await page.GetByLabel("Password, to confirm it is you").FillAsync(user.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the confirmation link" }).ClickAsync();
        await Expect(page.GetByText($"A link is on its way to {newEmail}.")).ToBeVisibleAsync();

        var mail = await smtp.WaitForAsync(newEmail);
        var link = new Uri(ChangeLink().Match(mail.TextBody ?? "").Value);
        await page.GotoAsync(link.PathAndQuery);
        await Expect(page.GetByText($"Your address is now {newEmail}.")).ToBeVisibleAsync();
        await page.GotoAsync("/account");
        await Expect(page.GetByText(newEmail).First).ToBeVisibleAsync();
        (await smtp.WaitForAsync(user.Email, m => m.Subject == "Your Quartet address was changed")).ShouldNotBeNull();

        var again = await context.NewPageAsync();
        await again.GotoAsync(link.PathAndQuery);
        await Expect(again.GetByText("This link is not valid any more")).ToBeVisibleAsync();
        problems.Where(p => !p.Contains("/api/auth/email/change/confirm", StringComparison.Ordinal)).ShouldBeEmpty();
        await context.CloseAsync();
    }

    [Fact]
    public async Task An_admin_deletes_an_account_after_confirming_and_is_refused_the_own_one()
    {
        var admin = await host.CreateUserAsync("admin");
        var doomed = await host.CreateUserAsync("shop.employee");
        var (context, page) = await SignedInAsync(admin);

        await page.GotoAsync($"/admin/users?search={Uri.EscapeDataString(doomed.Email)}");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Delete {doomed.Email}" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog.GetByText($"Delete {doomed.Email} for good?")).ToBeVisibleAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Delete", Exact = true }).ClickAsync();
        await Expect(page.GetByText($"{doomed.Email} was deleted.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Delete {doomed.Email}" })).ToHaveCountAsync(0);
        (await doomed.Client.GetAsync("/api/auth/me")).StatusCode.ShouldBe(System.Net.HttpStatusCode.Unauthorized);

        await page.GotoAsync($"/admin/users?search={Uri.EscapeDataString(admin.Email)}");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Delete {admin.Email}" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Delete", Exact = true }).ClickAsync();
        await Expect(page.GetByText("Delete your own account from your account page.")).ToBeVisibleAsync();
        (await admin.Client.GetAsync("/api/auth/me")).StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        await context.CloseAsync();
    }

    public async Task DisposeAsync()
    {
        await browser.CloseAsync();
        playwright.Dispose();
        await host.DisposeAsync();
        await smtp.DisposeAsync();
    }

    private async Task<(IBrowserContext Context, IPage Page)> SignedInAsync(TestUser user)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.BaseAddress!.ToString().TrimEnd('/') });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/signin");
        await page.GetByLabel("Email").FillAsync(user.Email);
        await page.GetByLabel("Password").FillAsync(user.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath != "/signin");
        return (context, page);
    }

    [GeneratedRegex("https?://[^\\s]+/confirm-email-change\\?token=[A-Za-z0-9_-]+")]
    private static partial Regex ChangeLink();
}
