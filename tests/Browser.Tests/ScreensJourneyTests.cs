using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Quartet.Browser.Tests;

/// <summary>
/// Every app's main pages with the demo data, as a desktop (1280×800) and a phone (390×844) show them: a screenshot of
/// each under test-results/screenshots/ (a name ending in -zh in Chinese), and on each no horizontal overflow, no console error, no failed request and no
/// serious or critical axe-core violation.
/// </summary>
public sealed class ScreensFixture : IAsyncLifetime
{
    public BrowserFixture Browser { get; } = new();

    public async Task InitializeAsync()
    {
        await Browser.InitializeAsync();
        await using var scope = Browser.Host.Services.CreateAsyncScope();
        var progress = new Progress<string>();
        await Shop.Demo.DemoSeeder.SeedAsync(scope.ServiceProvider, progress, CancellationToken.None);
        await Meals.Demo.DemoSeeder.RunAsync(scope.ServiceProvider, new Meals.Demo.DemoSeeder.Options(Meals.Demo.DemoSeeder.DemoEmail, 300, 42, Replace: false), progress, CancellationToken.None);
        await Live.Operations.DemoSeeder.SeedAsync(scope.ServiceProvider, progress, CancellationToken.None);
        var live = scope.ServiceProvider.GetRequiredService<Live.Data.LiveDb>();
        LiveDemoSessionId = await live.Sessions.Where(s => s.Code == Live.Operations.DemoSeeder.DemoCode).Select(s => s.Id).SingleAsync();
    }

    /// <summary>The demo live session, whose console and big screen are pages of their own (<c>{live-demo}</c> in a path).</summary>
    public Guid LiveDemoSessionId { get; private set; }

    public Task DisposeAsync() => Browser.DisposeAsync();
}

public sealed partial class ScreensJourneyTests(ScreensFixture fixture) : IClassFixture<ScreensFixture>
{
    private static readonly string Folder = Path.Combine(TestDatabases.RepositoryRoot, "test-results", "screenshots");

    public static TheoryData<string, string?, string?, string> Screens => new()
    {
        { "home", null, null, "/" },
        { "signin", null, null, "/signin" },
        { "shop-catalogue", Shop.Demo.DemoSeeder.EmployeeEmail, Shop.Demo.DemoSeeder.EmployeePassword, "/shop" },
        { "shop-catalogue-zh", Shop.Demo.DemoSeeder.EmployeeEmail, Shop.Demo.DemoSeeder.EmployeePassword, "/shop" },
        { "shop-points", Shop.Demo.DemoSeeder.EmployeeEmail, Shop.Demo.DemoSeeder.EmployeePassword, "/shop/points" },
        { "shop-orders", Shop.Demo.DemoSeeder.EmployeeEmail, Shop.Demo.DemoSeeder.EmployeePassword, "/shop/orders" },
        { "shop-admin", Shop.Demo.DemoSeeder.AdminEmail, Shop.Demo.DemoSeeder.AdminPassword, "/shop/admin" },
        { "shop-admin-products", Shop.Demo.DemoSeeder.AdminEmail, Shop.Demo.DemoSeeder.AdminPassword, "/shop/admin/products" },
        { "shop-admin-audit", Shop.Demo.DemoSeeder.AdminEmail, Shop.Demo.DemoSeeder.AdminPassword, "/shop/admin/audit" },
        { "meals-dashboard", Meals.Demo.DemoSeeder.DemoEmail, Meals.Demo.DemoSeeder.DemoPassword, "/meals" },
        { "meals-expenses", Meals.Demo.DemoSeeder.DemoEmail, Meals.Demo.DemoSeeder.DemoPassword, "/meals/expenses" },
        { "meals-add", Meals.Demo.DemoSeeder.DemoEmail, Meals.Demo.DemoSeeder.DemoPassword, "/meals/expenses/new" },
        { "live-sessions", Live.Operations.DemoSeeder.HostEmail, Live.Operations.DemoSeeder.HostPassword, "/live" },
        { "live-join", null, null, $"/j/{Live.Operations.DemoSeeder.DemoCode}" },
        { "live-console", Live.Operations.DemoSeeder.HostEmail, Live.Operations.DemoSeeder.HostPassword, "/live/s/{live-demo}/run" },
        { "live-presenter", Live.Operations.DemoSeeder.HostEmail, Live.Operations.DemoSeeder.HostPassword, "/live/s/{live-demo}/present" },
        { "live-summary", Live.Operations.DemoSeeder.HostEmail, Live.Operations.DemoSeeder.HostPassword, "/live/s/{live-demo}/summary" },
        { "live-sessions-zh", Live.Operations.DemoSeeder.HostEmail, Live.Operations.DemoSeeder.HostPassword, "/live" },
        { "live-summary-zh", Live.Operations.DemoSeeder.HostEmail, Live.Operations.DemoSeeder.HostPassword, "/live/s/{live-demo}/summary" },
        { "live-join-zh", null, null, $"/j/{Live.Operations.DemoSeeder.DemoCode}" },
        { "live-console-zh", Live.Operations.DemoSeeder.HostEmail, Live.Operations.DemoSeeder.HostPassword, "/live/s/{live-demo}/run" },
        { "live-presenter-zh", Live.Operations.DemoSeeder.HostEmail, Live.Operations.DemoSeeder.HostPassword, "/live/s/{live-demo}/present" },
        { "shop-cart", Shop.Demo.DemoSeeder.EmployeeEmail, Shop.Demo.DemoSeeder.EmployeePassword, "/shop/cart" },
        { "parks", null, null, "/parks" },
        { "parks-awards", null, null, "/parks/awards" },
    };

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task Each_main_page_fits_the_screen_logs_no_error_and_passes_axe(string name, string? email, string? password, string path)
    {
        path = path.Replace("{live-demo}", fixture.LiveDemoSessionId.ToString(), StringComparison.Ordinal);
        foreach (var phone in new[] { false, true })
        {
            var context = await fixture.Browser.NewContextAsync(phone);
            context.SetDefaultTimeout(60_000); // a full demo page on a busy 2-core machine
            if (name.EndsWith("-zh", StringComparison.Ordinal))
            {
                await context.AddInitScriptAsync("localStorage.setItem('quartet.locale', 'zh')");
            }

            var page = await context.NewPageAsync();
            if (email is not null)
            {
                await page.GotoAsync("/signin");
                await page.GetByLabel("Email").FillAsync(email);
                await page.GetByLabel("Password").FillAsync(password!);
                await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
                await Expect(page).Not.ToHaveURLAsync(SignInPage());
            }

            var problems = page.RecordProblems();
            await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });
            await page.WaitForTimeoutAsync(300);
            // Chinese glyphs come from the bundled font's unicode-range pieces, fetched once the text is laid out.
            await page.EvaluateAsync("() => document.fonts.ready");
            var viewport = phone ? "phone" : "desktop";
            Directory.CreateDirectory(Folder);
            await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, $"{name}-{viewport}.png"), FullPage = true });

            if (name.EndsWith("-zh", StringComparison.Ordinal))
            {
                // The bundled CJK font is in use, so systems without one show text, not boxes.
                (await page.EvaluateAsync<bool>("() => document.fonts.ready.then(() => [...document.fonts].some(f => f.family.includes('Noto Sans SC') && f.status === 'loaded'))"))
                    .ShouldBeTrue();
            }

            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            overflow.ShouldBeLessThanOrEqualTo(0, $"{path} on a {viewport} is wider than the screen by {overflow}px");
            problems.ShouldBeEmpty($"{path} on a {viewport}");
            var axe = await page.RunAxe();
            var serious = axe.Violations.Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))})").ToList();
            serious.ShouldBeEmpty($"{path} on a {viewport}");
            await context.CloseAsync();
        }
    }

    [GeneratedRegex("/signin")]
    private static partial Regex SignInPage();
}
