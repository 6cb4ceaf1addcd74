using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Quartet.Browser.Tests;

/// <summary>
/// A Quartet host on a loopback port (SQLite, all apps) plus headless Chromium from the system package
/// (<c>/usr/bin/chromium</c>, or <c>QUARTET_CHROMIUM</c>). Each test opens its own browser context.
/// </summary>
public sealed partial class BrowserFixture : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> signedIn = new(StringComparer.Ordinal);
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
    public Task<IBrowserContext> NewContextAsync(bool phone) => NewContextAsync(phone, storageState: null);

    /// <summary>
    /// A browser profile already signed in as <paramref name="email"/>: the account signs in through the sign-in page
    /// once, and every later profile starts from a copy of the cookies and storage that sign-in left.
    /// </summary>
    public async Task<IBrowserContext> SignedInContextAsync(string email, string password, bool phone)
    {
        var state = await signedIn.GetOrAdd(email, _ => new Lazy<Task<string>>(() => SignedInStateAsync(email, password))).Value;
        return await NewContextAsync(phone, state);
    }

    private async Task<IBrowserContext> NewContextAsync(bool phone, string? storageState)
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 800 },
            IsMobile = phone,
            HasTouch = phone,
            StorageState = storageState,
        });
        context.SetDefaultTimeout(15_000);
        return context;
    }

    /// <summary>Signs in through the sign-in page and waits until it has moved on.</summary>
    public static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/signin");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(SignInPage());
    }

    private async Task<string> SignedInStateAsync(string email, string password)
    {
        var context = await NewContextAsync(phone: false);
        context.SetDefaultTimeout(60_000);
        await SignInAsync(await context.NewPageAsync(), email, password);
        var state = await context.StorageStateAsync();
        await context.CloseAsync();
        return state;
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

    [GeneratedRegex("/signin")]
    private static partial Regex SignInPage();
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
