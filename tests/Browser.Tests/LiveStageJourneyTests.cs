using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Quartet.Browser.Tests;

/// <summary>What the room sees: the big screen without the site header, the word cloud laid out, the phone's vote kept marked.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveStageJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_phone_keeps_its_vote_marked_and_the_big_screen_lays_out_the_word_cloud_by_frequency()
    {
        var host = await fixture.Host.CreateUserAsync("live.host");
        var created = await (await host.Client.PostAsJsonAsync("/api/live/sessions", new { title = "Stage check" })).ReadAsAsync<JsonElement>();
        var sessionId = created.GetProperty("id").GetGuid();
        var code = created.GetProperty("code").GetString()!;
        var poll = new { type = "poll", title = "Lunch?", resultsMode = "live", config = new { options = new[] { "Pizza", "Salad" }, allowChange = true } };
        var cloud = new { type = "wordcloud", title = "One word", resultsMode = "live", config = new { maxWordsPerParticipant = 3 } };
        (await host.Client.PostAsJsonAsync($"/api/live/sessions/{sessionId}/activities", poll)).EnsureSuccessStatusCode();
        (await host.Client.PostAsJsonAsync($"/api/live/sessions/{sessionId}/activities", cloud)).EnsureSuccessStatusCode();
        (await host.Client.PostAsync($"/api/live/sessions/{sessionId}/start", null)).EnsureSuccessStatusCode();
        (await host.Client.PostAsJsonAsync($"/api/live/sessions/{sessionId}/navigate", new { to = "next" })).EnsureSuccessStatusCode();

        var presenter = await fixture.NewPageAsync();
        var problems = presenter.RecordProblems();
        await presenter.GotoAsync("/signin");
        await presenter.GetByLabel("Email").FillAsync(host.Email);
        await presenter.GetByLabel("Password").FillAsync(host.Password);
        await presenter.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(presenter.GetByText(host.Email).First).ToBeVisibleAsync();
        await presenter.GotoAsync($"/live/s/{sessionId}/present");
        await Expect(presenter.GetByRole(AriaRole.Banner, new() { Name = "Join code" })).ToContainTextAsync(code.Insert(3, "-"));
        await Expect(presenter.GetByText(host.Email)).ToHaveCountAsync(0);

        var phone = await fixture.NewPageAsync(phone: true);
        await phone.GotoAsync($"/j/{code}");
        await phone.GetByLabel("Nickname").FillAsync("Ana");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Join" }).ClickAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "Salad", Exact = true }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Button, new() { Name = "Salad", Exact = true })).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(phone.GetByRole(AriaRole.Button, new() { Name = "Pizza", Exact = true })).ToHaveAttributeAsync("aria-pressed", "false");
        await phone.ReloadAsync();
        await Expect(phone.GetByRole(AriaRole.Button, new() { Name = "Salad", Exact = true })).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(presenter.GetByText("1 participant", new() { Exact = true })).ToBeVisibleAsync();

        (await host.Client.PostAsJsonAsync($"/api/live/sessions/{sessionId}/navigate", new { to = "next" })).EnsureSuccessStatusCode();
        var second = await fixture.NewPageAsync(phone: true);
        await second.GotoAsync($"/j/{code}");
        await second.GetByLabel("Nickname").FillAsync("Ben");
        await second.GetByRole(AriaRole.Button, new() { Name = "Join" }).ClickAsync();
        await second.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        // "focus" from both phones, "speed" from one: each phone's word counts once.
        foreach (var (device, word) in new[] { (phone, "focus"), (second, "focus"), (phone, "speed") })
        {
            await device.GetByLabel("Your word").FillAsync(word);
            await device.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
            await Expect(device.GetByText("Answer received")).ToBeVisibleAsync();
        }

        await Expect(presenter.GetByText("focus: 2")).ToBeAttachedAsync();
        var words = presenter.Locator("figure[aria-label='Word cloud'] svg text");
        await Expect(words).ToHaveCountAsync(2);
        const string sizes = "() => Object.fromEntries([...document.querySelectorAll(\"figure[aria-label='Word cloud'] svg text\")].map(e => [e.textContent, parseFloat(getComputedStyle(e).fontSize)]))";
        await presenter.WaitForFunctionAsync($"() => {{ const s = ({sizes})(); return s.focus > s.speed; }}");
        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task In_Chinese_the_phone_and_the_big_screen_speak_Chinese_and_agree_counts_with_their_nouns()
    {
        var host = await fixture.Host.CreateUserAsync("live.host");
        var created = await (await host.Client.PostAsJsonAsync("/api/live/sessions", new { title = "午餐投票" })).ReadAsAsync<JsonElement>();
        var sessionId = created.GetProperty("id").GetGuid();
        var code = created.GetProperty("code").GetString()!;
        var poll = new { type = "poll", title = "Lunch?", resultsMode = "live", config = new { options = new[] { "Pizza", "Salad" }, allowChange = true } };
        (await host.Client.PostAsJsonAsync($"/api/live/sessions/{sessionId}/activities", poll)).EnsureSuccessStatusCode();
        (await host.Client.PostAsync($"/api/live/sessions/{sessionId}/start", null)).EnsureSuccessStatusCode();
        (await host.Client.PostAsJsonAsync($"/api/live/sessions/{sessionId}/navigate", new { to = "next" })).EnsureSuccessStatusCode();

        var english = await fixture.NewPageAsync();
        await SignInAsync(english, host);
        await english.GotoAsync($"/live/s/{sessionId}/present");

        var chinese = await fixture.NewContextAsync(phone: false);
        await chinese.AddInitScriptAsync("localStorage.setItem('quartet.locale', 'zh')");
        var presenter = await chinese.NewPageAsync();
        await SignInAsync(presenter, host);
        await presenter.GotoAsync($"/live/s/{sessionId}/present");
        await Expect(presenter.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await Expect(presenter.GetByText("0 人参与", new() { Exact = true })).ToBeVisibleAsync();

        var phoneContext = await fixture.NewContextAsync(phone: true);
        await phoneContext.AddInitScriptAsync("localStorage.setItem('quartet.locale', 'zh')");
        var phone = await phoneContext.NewPageAsync();
        var problems = phone.RecordProblems();
        await phone.GotoAsync($"/j/{code}");
        await phone.GetByLabel("昵称").FillAsync("Ana");
        await phone.GetByRole(AriaRole.Button, new() { Name = "加入" }).ClickAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "继续" }).ClickAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "Salad", Exact = true }).ClickAsync();
        await Expect(phone.GetByText("已收到你的回答")).ToBeVisibleAsync();
        // The vote is published with the next batch (≤ 500 ms): the screenshot shows the results that include it.
        await Expect(phone.GetByText("1 人作答", new() { Exact = true })).ToBeVisibleAsync();
        await phone.EvaluateAsync("() => document.fonts.ready");
        var screenshots = Path.Combine(TestDatabases.RepositoryRoot, "test-results", "screenshots");
        Directory.CreateDirectory(screenshots);
        await phone.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "live-participant-zh-phone.png"), FullPage = true, Animations = ScreenshotAnimations.Disabled });

        await Expect(presenter.GetByText("1 人作答", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(english.GetByText("1 respondent", new() { Exact = true })).ToBeVisibleAsync();
        // Presence is published on its own beat, a few seconds apart under load.
        await Expect(presenter.GetByText("1 人参与", new() { Exact = true })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(english.GetByText("1 participant", new() { Exact = true })).ToBeVisibleAsync(new() { Timeout = 30_000 });

        // The phone switches language in place.
        await phone.GetByLabel("语言").SelectOptionAsync("en");
        await Expect(phone.GetByText("Answer received")).ToBeVisibleAsync();
        problems.ShouldBeEmpty();
    }

    private static async Task SignInAsync(IPage page, TestUser host)
    {
        await page.GotoAsync("/signin");
        await page.GetByLabel("Email").FillAsync(host.Email);
        await page.GetByLabel("Password").FillAsync(host.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByText(host.Email).First).ToBeVisibleAsync();
    }
}
