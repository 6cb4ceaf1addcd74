using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Quartet.Browser.Tests;

/// <summary>
/// The meal tracker's and the Hall of Shame's remaining pages with data, at 1280×800 and 390×844: a screenshot of each
/// under test-results/screenshots/, no horizontal overflow, no console error or failed answer, no serious or critical
/// axe-core violation; on a phone the meals pages sit behind one menu button.
/// </summary>
public static class LookChecks
{
    private static readonly string Folder = Path.Combine(TestDatabases.RepositoryRoot, "test-results", "screenshots");

    private static readonly Lazy<string> AxeSource = new(() => new BundledAxeScriptProvider().GetScript());

    /// <summary>
    /// Runs <paramref name="check"/> for a desktop and for a phone side by side: each opens its own browser profile,
    /// and most of a check is the browser rendering and axe-core working, which the two cores share.
    /// </summary>
    public static Task OnDesktopAndPhoneAsync(Func<bool, Task> check) => Task.WhenAll(check(false), check(true));

    /// <summary>Opens the path, waits for the chart or table named by <paramref name="ready"/>, and checks the page.</summary>
    public static async Task CheckAsync(IPage page, string name, string path, bool phone, ILocator? ready = null)
    {
        var problems = page.RecordProblems();
        await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });
        if (ready is not null)
        {
            await Expect(ready).ToBeVisibleAsync(new() { Timeout = 30_000 });
        }

        await page.WaitForTimeoutAsync(300);
        // Chinese glyphs come from the bundled font's unicode-range pieces, fetched once the text is laid out.
        await page.EvaluateAsync("() => document.fonts.ready");
        var viewport = phone ? "phone" : "desktop";
        Directory.CreateDirectory(Folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, $"{name}-{viewport}.png"), FullPage = true });
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        overflow.ShouldBeLessThanOrEqualTo(0, $"{path} on a {viewport} is wider than the screen by {overflow}px");
        problems.ShouldBeEmpty($"{path} on a {viewport}");
        (await SeriousAxeViolationsAsync(page)).ShouldBeEmpty($"{path} on a {viewport}");
    }

    /// <summary>
    /// axe-core's serious and critical violations on the whole document, run in the page itself: the pages checked
    /// here have no frames, so the frame-by-frame run with a second page to merge the parts is not needed, and only
    /// the violations are collected.
    /// </summary>
    private static async Task<List<string>> SeriousAxeViolationsAsync(IPage page)
    {
        await page.EvaluateAsync(AxeSource.Value);
        return await page.EvaluateAsync<List<string>>("""
            async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
              .filter(v => v.impact === 'serious' || v.impact === 'critical')
              .map(v => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map(n => n.html).join(', ')})`)
            """);
    }
}

public sealed partial class MealsLookJourneyTests(ScreensFixture fixture) : IClassFixture<ScreensFixture>
{
    public static TheoryData<string, string, string> Pages => new()
    {
        { "meals-reports", "/meals/reports?period=90d", "Spending per month" },
        { "meals-restaurants", "/meals/restaurants", "" },
        { "meals-calendar", "/meals/calendar", "" },
        { "meals-budgets", "/meals/budgets", "" },
        { "meals-categories", "/meals/categories", "" },
        { "meals-import", "/meals/import", "" },
        { "meals-settings", "/meals/settings", "" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Each_meals_page_fits_the_screen_logs_no_error_and_passes_axe(string name, string path, string figure) =>
        await LookChecks.OnDesktopAndPhoneAsync(async phone =>
        {
            var context = await SignedInContextAsync(phone);
            var page = await context.NewPageAsync();
            await LookChecks.CheckAsync(page, name, path, phone, figure.Length > 0 ? page.GetByRole(AriaRole.Figure, new() { Name = figure }) : null);
            await context.CloseAsync();
        });

    [Fact]
    public async Task On_a_phone_the_pages_sit_behind_one_menu_button_named_after_the_current_page()
    {
        var context = await SignedInContextAsync(phone: true);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/meals");
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Meals" });
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Reports" })).ToBeHiddenAsync();

        await nav.GetByRole(AriaRole.Button, new() { Name = "Meals pages, current: Dashboard" }).ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "Reports" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(ReportsPage());
        await Expect(nav.GetByRole(AriaRole.Button, new() { Name = "Meals pages, current: Reports" })).ToBeVisibleAsync();
        await Expect(page.GetByText("are not converted (Meals stores no exchange rates)")).ToBeVisibleAsync();
        await context.CloseAsync();
    }

    private async Task<IBrowserContext> SignedInContextAsync(bool phone)
    {
        var context = await fixture.Browser.SignedInContextAsync(Meals.Demo.DemoSeeder.DemoEmail, Meals.Demo.DemoSeeder.DemoPassword, phone);
        context.SetDefaultTimeout(60_000);
        return context;
    }

    [GeneratedRegex("/meals/reports$")]
    private static partial Regex ReportsPage();
}

public sealed partial class ParksLookJourneyTests(ParksBrowserFixture fixture) : IClassFixture<ParksBrowserFixture>
{
    private string BaseUrl => fixture.Host.BaseAddress!.ToString().TrimEnd('/');

    public static TheoryData<string, string, string> Pages => new()
    {
        { "parks-rankings", "/parks", "table:Park rankings" },
        { "parks-waits", "/parks/waits", "" },
        { "parks-charts", "/parks/charts", "figure" },
        { "parks-data-quality", "/parks/data-quality", "" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Each_parks_page_with_data_fits_the_screen_logs_no_error_and_passes_axe(string name, string path, string ready) =>
        await LookChecks.OnDesktopAndPhoneAsync(async phone =>
        {
            var page = await NewPageAsync(phone);
            var locator = ready switch
            {
                "" => null,
                "figure" => page.GetByRole(AriaRole.Figure).First,
                _ => page.GetByRole(AriaRole.Table, new() { Name = ready["table:".Length..] }),
            };
            await LookChecks.CheckAsync(page, name, path, phone, locator);
            await page.Context.CloseAsync();
        });

    [Fact]
    public async Task A_park_page_with_its_charts_fits_a_phone() =>
        await LookChecks.OnDesktopAndPhoneAsync(async phone =>
        {
            var page = await NewPageAsync(phone);
            await page.GotoAsync("/parks");
            var park = page.GetByRole(AriaRole.Table, new() { Name = "Park rankings" }).Locator("tbody tr").First.GetByRole(AriaRole.Link);
            var href = await park.GetAttributeAsync("href");
            await LookChecks.CheckAsync(page, "parks-park", href!, phone, page.GetByLabel("Shame through the period"));
            var calendar = page.GetByRole(AriaRole.Figure, new() { NameRegex = DailyShameCalendar() });
            await Expect(calendar.Locator(".recharts-yAxis-tick-labels")).ToContainTextAsync("Mon");
            await page.Context.CloseAsync();
        });

    [Fact]
    public async Task A_heatmap_opens_as_a_chart_with_both_axes_and_its_scale()
    {
        var page = await NewPageAsync(phone: false);
        await page.GotoAsync("/parks/charts");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = ParkShameHeatmap() }).ClickAsync();
        var heatmap = page.GetByRole(AriaRole.Figure, new() { NameRegex = ParkShameHeatmap() });
        await Expect(heatmap.Locator(".recharts-xAxis-tick-labels text").First).ToBeVisibleAsync();
        await Expect(heatmap.Locator(".recharts-yAxis-tick-labels text").First).ToBeVisibleAsync();
        await Expect(heatmap.GetByText("no data", new() { Exact = true }).First).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [GeneratedRegex("Park shame heatmap")]
    private static partial Regex ParkShameHeatmap();

    [GeneratedRegex("^Daily shame score of ")]
    private static partial Regex DailyShameCalendar();

    private async Task<IPage> NewPageAsync(bool phone)
    {
        var context = await fixture.Browser.NewContextAsync(new()
        {
            BaseURL = BaseUrl,
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 800 },
            IsMobile = phone,
            HasTouch = phone,
        });
        context.SetDefaultTimeout(60_000);
        return await context.NewPageAsync();
    }
}
