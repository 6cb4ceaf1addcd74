using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Quartet.Parks.Collection;
using Quartet.Parks.Simulator;
using static Microsoft.Playwright.Assertions;

namespace Quartet.Browser.Tests;

/// <summary>
/// Hall of Shame with real data: the simulator on loopback, an hour of collections at a frozen summer noon, and two
/// "other sites" on loopback ports — one on the embed allow-list, one not.
/// </summary>
public sealed class ParksBrowserFixture : IAsyncLifetime
{
    private static readonly DateTime Noon = new(2026, 7, 15, 19, 2, 0, DateTimeKind.Utc);
    private readonly FrozenClock clock = new(Noon);
    private SimulatorServer? simulator;
    private WebApplication? allowedSite;
    private WebApplication? otherSite;
    private IPlaywright? playwright;

    public QuartetTestHost Host { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public string AllowedOrigin { get; private set; } = "";

    public string OtherOrigin { get; private set; } = "";

    public async Task InitializeAsync()
    {
        simulator = await SimulatorServer.StartAsync(new SimWorld(6, 8, seed: 7), clock: $"fixed:{Noon:O}");
        (allowedSite, AllowedOrigin) = await StartFramingSiteAsync();
        (otherSite, OtherOrigin) = await StartFramingSiteAsync();
        Host = await QuartetTestHost.StartAsync(TestProvider.Sqlite, new Dictionary<string, string?>
        {
            ["Parks:Sources:Tpw:BaseUrl"] = simulator.TpwBase.ToString(),
            ["Parks:Sources:Qt:BaseUrl"] = simulator.QtBase.ToString(),
            ["Quartet:Security:Framing:0:Path"] = "/embed/parks",
            ["Quartet:Security:Framing:0:Origins:0"] = AllowedOrigin,
        }, loopback: true, clock: clock);

        await using (var scope = Host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Discovery>().RunAsync(false, CancellationToken.None);
        }

        for (var slot = 0; slot < 6; slot++)
        {
            clock.Now = Noon.AddMinutes(10 * slot);
            simulator.Clock.Set($"fixed:{clock.Now:O}");
            await using var scope = Host.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<Collector>().RunAsync(null, CancellationToken.None);
        }

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("QUARTET_CHROMIUM") ?? "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
    }

    /// <summary>A page on another origin that frames Quartet's embed page.</summary>
    private async Task<(WebApplication Site, string Origin)> StartFramingSiteAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var site = builder.Build();
        site.MapGet("/", (HttpContext http) => Results.Content(
            $"<!doctype html><title>Blog</title><h1>Blog</h1><iframe id=\"shame\" src=\"{http.Request.Query["src"]}\" width=\"600\" height=\"400\"></iframe>",
            "text/html"));
        await site.StartAsync();
        var origin = site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return (site, origin);
    }

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        playwright?.Dispose();
        await Host.DisposeAsync();
        foreach (var site in new[] { allowedSite, otherSite })
        {
            if (site is not null)
            {
                await site.DisposeAsync();
            }
        }

        if (simulator is not null)
        {
            await simulator.DisposeAsync();
        }
    }

    private sealed class FrozenClock(DateTime start) : TimeProvider
    {
        public DateTime Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => new(Now, TimeSpan.Zero);
    }
}

public sealed partial class ParksJourneyTests(ParksBrowserFixture fixture) : IClassFixture<ParksBrowserFixture>
{
    private string BaseUrl => fixture.Host.BaseAddress!.ToString().TrimEnd('/');

    [Fact]
    public async Task Rankings_render_and_a_park_page_shows_the_same_score()
    {
        var page = await (await fixture.Browser.NewContextAsync(new() { BaseURL = BaseUrl })).NewPageAsync();
        await page.GotoAsync("/parks");
        var firstRow = page.GetByRole(AriaRole.Table, new() { Name = "Park rankings" }).Locator("tbody tr").First;
        await Expect(firstRow).ToBeVisibleAsync(new() { Timeout = 15_000 });
        var score = Score().Match(await firstRow.Locator("td").Nth(2).InnerTextAsync()).Value;
        score.ShouldNotBeNullOrEmpty();
        var parkName = await firstRow.Locator("td").Nth(1).InnerTextAsync();

        await firstRow.Locator("td").Nth(1).GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = parkName.Trim() })).ToBeVisibleAsync();
        var headline = page.GetByLabel("Shame breakdown").Locator("p").First;
        await Expect(headline).ToBeVisibleAsync();
        Score().Match(await headline.InnerTextAsync()).Value.ShouldBe(score);
    }

    [Theory]
    [InlineData("/parks")]
    [InlineData("/parks/waits")]
    [InlineData("/parks/awards")]
    [InlineData("/parks/charts")]
    [InlineData("/parks/about")]
    public async Task Each_page_has_one_main_landmark(string path)
    {
        var page = await (await fixture.Browser.NewContextAsync(new() { BaseURL = BaseUrl })).NewPageAsync();
        await page.GotoAsync(path);
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Views" })).ToBeVisibleAsync(new() { Timeout = 15_000 });
        (await page.Locator("main").CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task Awards_offer_each_period_once_and_rank_medals_need_no_emoji_font()
    {
        var page = await (await fixture.Browser.NewContextAsync(new() { BaseURL = BaseUrl })).NewPageAsync();
        await page.GotoAsync("/parks/awards");
        var periods = page.GetByRole(AriaRole.Group, new() { Name = "Period" }).GetByRole(AriaRole.Button);
        await Expect(periods).ToHaveTextAsync(["Yesterday", "Last week", "Last month"], new() { Timeout = 15_000 });
        await Expect(periods.First).ToHaveAttributeAsync("aria-pressed", "true");

        await page.GotoAsync("/parks");
        var firstRank = page.GetByRole(AriaRole.Table, new() { Name = "Park rankings" }).Locator("tbody tr").First.Locator("td").First;
        await Expect(firstRank).ToBeVisibleAsync(new() { Timeout = 15_000 });
        (await firstRank.InnerTextAsync()).Trim().ShouldBe("1");
        await Expect(firstRank.GetByLabel("rank 1")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_embed_renders_in_an_allowed_site_and_is_refused_by_another()
    {
        var embed = Uri.EscapeDataString(BaseUrl + "/embed/parks");
        var context = await fixture.Browser.NewContextAsync();

        var allowed = await context.NewPageAsync();
        await allowed.GotoAsync($"{fixture.AllowedOrigin}/?src={embed}");
        await Expect(allowed.FrameLocator("#shame").GetByRole(AriaRole.List, new() { Name = "Top list" })).ToBeVisibleAsync(new() { Timeout = 15_000 });

        var refused = await context.NewPageAsync();
        var blocked = new TaskCompletionSource<bool>();
        refused.Console += (_, message) =>
        {
            if (message.Text.Contains("frame-ancestors", StringComparison.Ordinal))
            {
                blocked.TrySetResult(true);
            }
        };
        await refused.GotoAsync($"{fixture.OtherOrigin}/?src={embed}");
        (await blocked.Task.WaitAsync(TimeSpan.FromSeconds(15))).ShouldBeTrue();
        (await refused.FrameLocator("#shame").GetByRole(AriaRole.List, new() { Name = "Top list" }).CountAsync()).ShouldBe(0);
        (await new HttpClient().GetAsync(BaseUrl + "/embed/parks")).Headers.GetValues("Content-Security-Policy").Single()
            .ShouldContain($"frame-ancestors {fixture.AllowedOrigin}");
    }

    [GeneratedRegex(@"\d+(\.\d+)?")]
    private static partial Regex Score();
}
