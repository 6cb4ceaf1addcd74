using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Quartet.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class LiveJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Three_phones_vote_in_a_poll_and_the_presenter_screen_shows_the_counts()
    {
        var host = await fixture.Host.CreateUserAsync("live.host");
        var created = await (await host.Client.PostAsJsonAsync("/api/live/sessions", new { title = "Browser town hall" })).ReadAsAsync<JsonElement>();
        var sessionId = created.GetProperty("id").GetGuid();
        var code = created.GetProperty("code").GetString()!;
        var poll = new { type = "poll", title = "Lunch?", resultsMode = "live", config = new { options = new[] { "Pizza", "Salad", "Soup" }, allowChange = true } };
        (await host.Client.PostAsJsonAsync($"/api/live/sessions/{sessionId}/activities", poll)).EnsureSuccessStatusCode();
        (await host.Client.PostAsync($"/api/live/sessions/{sessionId}/start", null)).EnsureSuccessStatusCode();
        (await host.Client.PostAsJsonAsync($"/api/live/sessions/{sessionId}/navigate", new { to = "next" })).EnsureSuccessStatusCode();

        var presenter = await fixture.NewPageAsync();
        await presenter.GotoAsync("/signin");
        await presenter.GetByLabel("Email").FillAsync(host.Email);
        await presenter.GetByLabel("Password").FillAsync(host.Password);
        await presenter.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(presenter.GetByText(host.Email).First).ToBeVisibleAsync();
        await presenter.GotoAsync($"/live/s/{sessionId}/present");

        var votes = new[] { ("Ana", "Salad"), ("Ben", "Salad"), ("Cleo", "Pizza") };
        foreach (var (nickname, choice) in votes)
        {
            var phone = await fixture.NewPageAsync(phone: true);
            await phone.GotoAsync($"/j/{code}");
            await phone.GetByLabel("Nickname").FillAsync(nickname);
            await phone.GetByRole(AriaRole.Button, new() { Name = "Join" }).ClickAsync();
            await phone.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
            await phone.GetByRole(AriaRole.Button, new() { Name = choice, Exact = true }).ClickAsync();
        }

        var results = presenter.GetByRole(AriaRole.List, new() { Name = "Results" });
        await Expect(results.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Salad" })).ToContainTextAsync("2");
        await Expect(results.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Pizza" })).ToContainTextAsync("1");
        await Expect(results.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Soup" })).ToContainTextAsync("0");
        await Expect(presenter.GetByText(code.Insert(3, "-")).Or(presenter.GetByText(code)).First).ToBeVisibleAsync();
    }
}
