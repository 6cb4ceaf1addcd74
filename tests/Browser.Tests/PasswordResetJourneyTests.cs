using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Quartet.Browser.Tests;

/// <summary>
/// Forgot password in Chromium, end to end: the page asks, the host's outbox sends the mail to a real SMTP server,
/// the link from the received mail opens the reset page, the new password signs the browser in.
/// </summary>
public sealed partial class PasswordResetJourneyTests : IAsyncLifetime
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
    public async Task Forgot_password_mail_link_new_password_signed_in()
    {
        var user = await host.CreateUserAsync("shop.employee");
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.BaseAddress!.ToString().TrimEnd('/') });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        var problems = page.RecordProblems();

        await page.GotoAsync("/signin");
        await page.GetByRole(AriaRole.Link, new() { Name = "Forgot your password?" }).ClickAsync();
        await page.GetByLabel("Email").FillAsync(user.Email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the link" }).ClickAsync();
        await Expect(page.GetByText($"If {user.Email} has an account, a link is on its way.")).ToBeVisibleAsync();

        var mail = await smtp.WaitForAsync(user.Email);
        var link = new Uri(ResetLink().Match(mail.TextBody ?? "").Value);
        link.GetLeftPart(UriPartial.Authority).ShouldBe("https://quartet.example.test");
        await page.GotoAsync(link.PathAndQuery);
        await page.GetByLabel("New password").FillAsync("short");
        await page.GetByRole(AriaRole.Button, new() { Name = "Set password and sign in" }).ClickAsync();
        await Expect(page.GetByText("Use at least 8 characters, with letters and digits.")).ToBeVisibleAsync();
        await page.GetByLabel("New password").FillAsync("fresh-pass-7");
        await page.GetByRole(AriaRole.Button, new() { Name = "Set password and sign in" }).ClickAsync();

        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/shop");
        await page.GotoAsync("/account");
        await Expect(page.GetByText(user.Email).First).ToBeVisibleAsync();
        problems.ShouldBeEmpty();

        // The link is single-use: a second visit says so.
        var again = await context.NewPageAsync();
        await again.GotoAsync(link.PathAndQuery);
        await again.GetByLabel("New password").FillAsync("other-pass-8");
        await again.GetByRole(AriaRole.Button, new() { Name = "Set password and sign in" }).ClickAsync();
        await Expect(again.GetByText("This reset link has already been used.")).ToBeVisibleAsync();
        await context.CloseAsync();
    }

    public async Task DisposeAsync()
    {
        await browser.CloseAsync();
        playwright.Dispose();
        await host.DisposeAsync();
        await smtp.DisposeAsync();
    }

    [GeneratedRegex("https?://[^\\s]+/reset-password\\?token=[A-Za-z0-9_-]+")]
    private static partial Regex ResetLink();
}
