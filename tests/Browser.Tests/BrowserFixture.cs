using Microsoft.Playwright;

namespace Quartet.Browser.Tests;

/// <summary>
/// A Quartet host on a loopback port (SQLite, all apps) plus headless Chromium from the system package
/// (<c>/usr/bin/chromium</c>, or <c>QUARTET_CHROMIUM</c>). Each test opens its own browser context.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;
    private IBrowser? browser;
    private QuartetTestHost? host;

    public QuartetTestHost Host => host ?? throw new InvalidOperationException("Not started.");

    public string BaseUrl => Host.BaseAddress!.ToString().TrimEnd('/');

    public async Task InitializeAsync()
    {
        var index = Path.Combine(TestDatabases.RepositoryRoot, "src", "Host", "wwwroot", "index.html");
        if (!File.Exists(index))
        {
            throw new InvalidOperationException($"{index} is missing: build the SPA first (dotnet build without SkipWebBuild, or `cd web && npm ci && npm run build`).");
        }

        host = await QuartetTestHost.StartAsync(TestProvider.Sqlite, loopback: true);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("QUARTET_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser profile (no cookies), optionally phone-sized.</summary>
    public async Task<IPage> NewPageAsync(bool phone = false) => await (await NewContextAsync(phone)).NewPageAsync();

    /// <summary>A fresh browser profile at 1280×800, or at 390×844 as a touch phone.</summary>
    public async Task<IBrowserContext> NewContextAsync(bool phone)
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 800 },
            IsMobile = phone,
            HasTouch = phone,
        });
        context.SetDefaultTimeout(15_000);
        return context;
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
