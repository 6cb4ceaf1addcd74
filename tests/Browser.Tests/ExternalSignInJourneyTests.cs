using System.Text.Json;
using Microsoft.Playwright;

namespace Quartet.Browser.Tests;

/// <summary>
/// "Sign in with …" against a real OpenID Connect provider (npm oidc-provider, tests/servers/oidc-server.mjs) whose
/// user carries Cognito's claims: the journey goes through the provider's own login page and back into the shop.
/// </summary>
public sealed class ExternalSignInJourneyTests
{
    private const string ClientSecret = "quartet-test-client-secret-0123456789";

    [Fact]
    public async Task A_user_signs_in_through_the_provider_lands_in_the_shop_with_mapped_roles_and_signs_out_of_both()
    {
        var providerPort = LocalServer.FreePort();
        var authority = $"http://localhost:{providerPort}";
        await using var host = await QuartetTestHost.StartAsync(TestProvider.Sqlite, new Dictionary<string, string?>
        {
            ["Quartet:Auth:External:Authority"] = authority,
            ["Quartet:Auth:External:ClientId"] = "quartet",
            ["Quartet:Auth:External:ClientSecret"] = ClientSecret,
            ["Quartet:Auth:External:DisplayName"] = "Test IdP",
            ["Quartet:Auth:External:RequireHttpsMetadata"] = "false",
            ["Quartet:Auth:External:GroupsClaim"] = "cognito:groups",
            ["Quartet:Auth:External:GroupRoles:staff:0"] = "shop.employee",
            ["Quartet:Auth:PasswordSignIn"] = "false",
        }, loopback: true);
        var baseUrl = host.BaseAddress!.ToString().TrimEnd('/');
        await using var provider = await LocalServer.StartAsync("oidc-server.mjs", [], providerPort, new Dictionary<string, string>
        {
            ["PORT"] = providerPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["OIDC_CLIENT"] = JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["client_id"] = "quartet",
                ["client_secret"] = ClientSecret,
                ["redirect_uris"] = new[] { baseUrl + "/signin-oidc" },
                ["post_logout_redirect_uris"] = new[] { baseUrl + "/signout-callback-oidc" },
            }),
            ["OIDC_USERS"] = JsonSerializer.Serialize(new[]
            {
                new Dictionary<string, object>
                {
                    ["sub"] = "idp-user-1",
                    ["email"] = "ann@example.test",
                    ["email_verified"] = true,
                    ["name"] = "Ann Example",
                    ["cognito:groups"] = new[] { "staff" },
                    ["custom:employee_id"] = "E-4242",
                },
            }),
        });

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("QUARTET_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl });
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/signin?returnUrl=/shop");
        (await page.Locator("input[type=password]").CountAsync()).ShouldBe(0, "password sign-in is switched off");
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in with Test IdP" }).ClickAsync();

        await page.WaitForURLAsync(url => url.StartsWith(authority, StringComparison.Ordinal));
        await page.Locator("input[name=login]").FillAsync("idp-user-1");
        await page.Locator("input[name=password]").FillAsync("anything");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign-in" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync(); // the provider's consent page

        await ArriveAsync(page, baseUrl + "/shop", provider);
        var me = await MeAsync(page);
        me.GetProperty("email").GetString().ShouldBe("ann@example.test");
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["shop.employee"]);
        var points = JsonDocument.Parse(await page.EvaluateAsync<string>("async () => await (await fetch('/api/shop/me')).text()")).RootElement;
        points.GetProperty("employeeNumber").GetString().ShouldBe("E-4242");

        await page.EvaluateAsync("async () => await fetch('/api/auth/external/logout')");
        (await page.EvaluateAsync<int>("async () => (await fetch('/api/auth/me')).status")).ShouldBe(200, "sign-out is a POST: a link (GET) signs no one out");
        (await page.EvaluateAsync<int>("async () => (await fetch('/api/auth/external/logout', { method: 'POST' })).status"))
            .ShouldBe(403, "a POST without the anti-forgery token is refused");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.Locator("button[name=logout]").ClickAsync(); // the provider asks before ending its session
        await ArriveAsync(page, baseUrl + "/", provider);
        (await page.EvaluateAsync<int>("async () => (await fetch('/api/auth/me')).status")).ShouldBe(401);

        await page.GotoAsync("/api/auth/external/login?returnUrl=/shop");
        await page.Locator("input[name=login]").WaitForAsync(); // the provider's session ended too: it asks again
    }

    /// <summary>Waits for the browser to reach <paramref name="url"/>; on failure says where it is and what it shows.</summary>
    private static async Task ArriveAsync(IPage page, string url, LocalServer provider)
    {
        try
        {
            await page.WaitForURLAsync(url);
        }
        catch (TimeoutException)
        {
            var text = await page.InnerTextAsync("body");
            throw new TimeoutException($"Expected {url}, still at {page.Url}: {text[..Math.Min(text.Length, 500)]}; provider: {provider.Output}");
        }
    }

    private static async Task<JsonElement> MeAsync(IPage page) =>
        JsonDocument.Parse(await page.EvaluateAsync<string>("async () => await (await fetch('/api/auth/me')).text()")).RootElement;
}
