using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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

public sealed class ScreensJourneyTests(ScreensFixture fixture) : IClassFixture<ScreensFixture>
{
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
        var chinese = name.EndsWith("-zh", StringComparison.Ordinal);
        await LookChecks.OnDesktopAndPhoneAsync(async phone =>
        {
            var context = email is null
                ? await fixture.Browser.NewContextAsync(phone)
                : await fixture.Browser.SignedInContextAsync(email, password!, phone);
            context.SetDefaultTimeout(60_000); // a full demo page on a busy 2-core machine
            if (chinese)
            {
                await context.AddInitScriptAsync("localStorage.setItem('quartet.locale', 'zh')");
            }

            var page = await context.NewPageAsync();
            await LookChecks.CheckAsync(page, name, path, phone);
            if (chinese)
            {
                // The bundled CJK font is in use, so systems without one show text, not boxes.
                (await page.EvaluateAsync<bool>("() => document.fonts.ready.then(() => [...document.fonts].some(f => f.family.includes('Noto Sans SC') && f.status === 'loaded'))"))
                    .ShouldBeTrue();
            }

            await context.CloseAsync();
        });
    }
}
