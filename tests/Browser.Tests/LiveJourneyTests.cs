using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Quartet.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed partial class LiveJourneyTests(BrowserFixture fixture)
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

    [Fact]
    public async Task Votes_reach_the_presenter_over_the_stream_and_a_phone_without_streams_follows_by_long_poll()
    {
        var host = await fixture.Host.CreateUserAsync("live.host");
        var created = await (await host.Client.PostAsJsonAsync("/api/live/sessions", new { title = "Transports" })).ReadAsAsync<JsonElement>();
        var sessionId = created.GetProperty("id").GetGuid();
        var code = created.GetProperty("code").GetString()!;
        foreach (var (title, options) in new[] { ("Lunch?", new[] { "Pizza", "Salad" }), ("Dessert?", new[] { "Cake", "Fruit" }) })
        {
            var poll = new { type = "poll", title, resultsMode = "live", config = new { options } };
            (await host.Client.PostAsJsonAsync($"/api/live/sessions/{sessionId}/activities", poll)).EnsureSuccessStatusCode();
        }

        (await host.Client.PostAsync($"/api/live/sessions/{sessionId}/start", null)).EnsureSuccessStatusCode();
        (await host.Client.PostAsJsonAsync($"/api/live/sessions/{sessionId}/navigate", new { to = "next" })).EnsureSuccessStatusCode();

        var presenter = await SignedInPageAsync(host.Email, host.Password);
        var presenterRequests = new System.Collections.Concurrent.ConcurrentQueue<string>();
        presenter.Request += (_, request) => presenterRequests.Enqueue(request.Url);
        await presenter.GotoAsync($"/live/s/{sessionId}/present");
        await Expect(presenter.Locator("[data-transport]")).ToHaveAttributeAsync("data-transport", "sse");

        var streaming = await JoinAsync(code, "Sam");
        await Expect(streaming.Locator("[data-transport]")).ToHaveAttributeAsync("data-transport", "sse");
        var blocked = await fixture.NewPageAsync(phone: true);
        await blocked.RouteAsync(StreamPath(), route => route.AbortAsync());
        await JoinAsync(code, "Lou", blocked);
        await Expect(blocked.Locator("[data-transport]")).ToHaveAttributeAsync("data-transport", "longpoll");

        await streaming.GetByRole(AriaRole.Button, new() { Name = "Salad", Exact = true }).ClickAsync();
        await blocked.GetByRole(AriaRole.Button, new() { Name = "Salad", Exact = true }).ClickAsync();
        var results = presenter.GetByRole(AriaRole.List, new() { Name = "Results" });
        await Expect(results.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Salad" })).ToContainTextAsync("2");

        (await host.Client.PostAsJsonAsync($"/api/live/sessions/{sessionId}/navigate", new { to = "next" })).EnsureSuccessStatusCode();
        await blocked.GetByRole(AriaRole.Button, new() { Name = "Cake", Exact = true }).ClickAsync();
        await streaming.GetByRole(AriaRole.Button, new() { Name = "Cake", Exact = true }).ClickAsync();
        await Expect(results.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Cake" })).ToContainTextAsync("2");
        await Expect(blocked.Locator("[data-transport]")).ToHaveAttributeAsync("data-transport", "longpoll");
        await Expect(presenter.Locator("[data-transport]")).ToHaveAttributeAsync("data-transport", "sse");
        presenterRequests.ShouldContain(url => url.Contains($"/api/live/present/{sessionId}/stream", StringComparison.Ordinal));
        presenterRequests.ShouldNotContain(url => url.Contains($"/api/live/present/{sessionId}/sync", StringComparison.Ordinal), "every update reached the presenter over the stream");
    }

    [Fact]
    public async Task A_host_edits_the_settings_builds_a_quiz_in_the_editor_and_a_phone_plays_it()
    {
        var host = await fixture.Host.CreateUserAsync("live.host");
        var created = await (await host.Client.PostAsJsonAsync("/api/live/sessions", new { title = "Editor quiz" })).ReadAsAsync<JsonElement>();
        var sessionId = created.GetProperty("id").GetGuid();
        var code = created.GetProperty("code").GetString()!;

        var console = await SignedInPageAsync(host.Email, host.Password);
        await console.GotoAsync($"/live/s/{sessionId}/run");
        await console.GetByText("Session settings", new() { Exact = true }).ClickAsync();
        var settings = console.GetByRole(AriaRole.Form, new() { Name = "Session settings" });
        await settings.GetByLabel("Capacity (1–20,000)").FillAsync("0");
        await settings.GetByRole(AriaRole.Button, new() { Name = "Save settings" }).ClickAsync();
        await Expect(settings.GetByText(new Regex("between 1 and 20000"))).ToBeVisibleAsync();
        await settings.GetByLabel("Capacity (1–20,000)").FillAsync("50");
        await settings.GetByRole(AriaRole.Button, new() { Name = "Save settings" }).ClickAsync();
        await Expect(settings.GetByText("Saved.")).ToBeVisibleAsync();
        (await host.Client.GetFromJsonAsync<JsonElement>($"/api/live/sessions/{sessionId}")).GetProperty("maxParticipants").GetInt32().ShouldBe(50);

        var form = console.GetByRole(AriaRole.Form, new() { Name = "Add activity" });
        await form.GetByLabel("Type").SelectOptionAsync("quiz");
        await form.GetByLabel("Title or prompt").FillAsync("Capitals");
        await form.GetByLabel("Question 1 text").FillAsync("Capital of France?");
        await form.GetByLabel("Question 1 answer 1", new() { Exact = true }).FillAsync("Lyon");
        await form.GetByLabel("Question 1 answer 2", new() { Exact = true }).FillAsync("Paris");
        await form.GetByLabel("Question 1 time limit (5–300 s, empty = untimed)").FillAsync("");
        await form.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        await Expect(form.GetByText("At least one correct option, by index.")).ToBeVisibleAsync();

        await form.GetByLabel("Question 1 answer 2 is correct").CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        await Expect(console.Toast("Added: Capitals.")).ToBeVisibleAsync();
        var editor = console.GetByRole(AriaRole.Region, new() { Name = "Edit activities" });
        await Expect(editor.GetByText("Capitals")).ToBeVisibleAsync();

        // One heading for the editing column, and each row's buttons sit under its title instead of squeezing it.
        await Expect(console.GetByRole(AriaRole.Heading, new() { Name = "Edit and reorder" })).ToHaveCountAsync(1);
        await Expect(console.GetByRole(AriaRole.Heading, new() { Name = "Edit", Exact = true })).ToHaveCountAsync(0);
        var title = (await editor.GetByTitle("Capitals").BoundingBoxAsync())!;
        var edit = (await editor.GetByRole(AriaRole.Button, new() { Name = "Edit", Exact = true }).BoundingBoxAsync())!;
        edit.Y.ShouldBeGreaterThanOrEqualTo(title.Y + title.Height - 1);
        await Expect(form.GetByLabel("Title or prompt")).ToHaveValueAsync("");

        await console.GetByRole(AriaRole.Button, new() { Name = "Start session" }).ClickAsync();

        // The preview is the big screen itself, scaled down: its join code and its large type, not a compact list.
        var preview = console.GetByRole(AriaRole.Figure, new() { Name = "Preview of the big screen" });
        await Expect(preview).ToContainTextAsync(code.Insert(3, "-"));
        await Expect(preview).ToContainTextAsync("and enter");
        await Expect(preview.GetByRole(AriaRole.Heading)).ToHaveCountAsync(0);
        await Expect(preview.GetByRole(AriaRole.Main)).ToHaveCountAsync(0);
        var stage = console.GetByText(QuizStage());
        await console.GetByRole(AriaRole.Button, new() { Name = "Next", Exact = true }).ClickAsync();
        await console.GetByRole(AriaRole.Button, new() { Name = "Next", Exact = true }).ClickAsync();
        await Expect(stage).ToContainTextAsync("stage open");

        var phone = await JoinAsync(code, "Paula");
        await phone.GetByRole(AriaRole.Button, new() { NameRegex = AnswerParis() }).ClickAsync();
        await Expect(phone.GetByText("Answer locked in.")).ToBeVisibleAsync();

        await console.GetByRole(AriaRole.Button, new() { Name = "Next", Exact = true }).ClickAsync();
        await Expect(stage).ToContainTextAsync("stage closed");
        await console.GetByRole(AriaRole.Button, new() { Name = "Next", Exact = true }).ClickAsync();
        await Expect(stage).ToContainTextAsync("stage revealed");
        await Expect(phone.GetByText(CorrectWithScore())).ToBeVisibleAsync();
    }

    private async Task<IPage> SignedInPageAsync(string email, string password)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/signin");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByText(email).First).ToBeVisibleAsync();
        return page;
    }

    private async Task<IPage> JoinAsync(string code, string nickname, IPage? phone = null)
    {
        phone ??= await fixture.NewPageAsync(phone: true);
        await phone.GotoAsync($"/j/{code}");
        await phone.GetByLabel("Nickname").FillAsync(nickname);
        await phone.GetByRole(AriaRole.Button, new() { Name = "Join" }).ClickAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        return phone;
    }

    [Fact]
    public async Task A_participant_who_reloads_mid_quiz_keeps_the_score()
    {
        var host = await fixture.Host.CreateUserAsync("live.host");
        var created = await (await host.Client.PostAsJsonAsync("/api/live/sessions", new { title = "Quiz night" })).ReadAsAsync<JsonElement>();
        var sessionId = created.GetProperty("id").GetGuid();
        var code = created.GetProperty("code").GetString()!;
        var question = new { text = "Which letter?", options = new[] { "A", "B", "C", "D" }, correct = new[] { 1 }, points = 1000, timeLimitSeconds = (int?)null, showLeaderboard = false };
        var quiz = await (await host.Client.PostAsJsonAsync($"/api/live/sessions/{sessionId}/activities", new { type = "quiz", title = "Quiz", config = new { questions = new[] { question, question } } }))
            .ReadAsAsync<JsonElement>();
        var quizId = quiz.GetProperty("id").GetGuid();
        (await host.Client.PostAsync($"/api/live/sessions/{sessionId}/start", null)).EnsureSuccessStatusCode();
        (await host.Client.PostAsJsonAsync($"/api/live/sessions/{sessionId}/navigate", new { to = "next" })).EnsureSuccessStatusCode();
        (await host.Client.PostAsJsonAsync($"/api/live/sessions/{sessionId}/navigate", new { to = "next" })).EnsureSuccessStatusCode();

        var phone = await fixture.NewPageAsync(phone: true);
        await phone.GotoAsync($"/j/{code}");
        await phone.GetByLabel("Nickname").FillAsync("Quinn");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Join" }).ClickAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await phone.GetByRole(AriaRole.Button, new() { NameRegex = AnswerB() }).ClickAsync();
        await Expect(phone.GetByText("Answer locked in.")).ToBeVisibleAsync();

        (await host.Client.PostAsync($"/api/live/sessions/{sessionId}/activities/{quizId}/quiz/0/close", null)).EnsureSuccessStatusCode();
        (await host.Client.PostAsync($"/api/live/sessions/{sessionId}/activities/{quizId}/quiz/0/reveal", null)).EnsureSuccessStatusCode();
        var verdict = phone.GetByText(CorrectWithScore());
        await Expect(verdict).ToBeVisibleAsync();
        var score = ScoreValue().Match(await verdict.InnerTextAsync()).Groups[1].Value;
        int.Parse(score, System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(0);

        await phone.ReloadAsync();
        await Expect(phone.GetByText(new Regex($"Score {score} · rank 1"))).ToBeVisibleAsync();
        await Expect(phone.GetByLabel("Nickname")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_host_rehearses_with_bots_sees_the_summary_and_the_presenter_shows_the_qr_code()
    {
        var host = await fixture.Host.CreateUserAsync("live.host");
        var created = await (await host.Client.PostAsJsonAsync("/api/live/sessions", new { title = "Dry run" })).ReadAsAsync<JsonElement>();
        var sessionId = created.GetProperty("id").GetGuid();
        var poll = new { type = "poll", title = "Coffee or tea?", resultsMode = "live", config = new { options = new[] { "Coffee", "Tea" } } };
        (await host.Client.PostAsJsonAsync($"/api/live/sessions/{sessionId}/activities", poll)).EnsureSuccessStatusCode();

        var console = await fixture.NewPageAsync();
        await console.GotoAsync("/signin");
        await console.GetByLabel("Email").FillAsync(host.Email);
        await console.GetByLabel("Password").FillAsync(host.Password);
        await console.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(console.GetByText(host.Email).First).ToBeVisibleAsync();
        await console.GotoAsync($"/live/s/{sessionId}/run");
        await console.GetByLabel("Bots (0–500)").FillAsync("5");
        await console.GetByRole(AriaRole.Button, new() { Name = "Rehearse with bots" }).ClickAsync();
        await Expect(console.GetByText("Rehearsal", new() { Exact = true })).ToBeVisibleAsync();
        await console.GetByRole(AriaRole.Button, new() { Name = "Next", Exact = true }).ClickAsync();

        var presenter = await console.Context.NewPageAsync();
        await presenter.GotoAsync($"/live/s/{sessionId}/present");
        var qr = presenter.GetByRole(AriaRole.Img, new() { NameRegex = QrCode() }).First;
        await Expect(qr).ToBeVisibleAsync();
        await presenter.WaitForFunctionAsync("() => [...document.images].some(i => i.alt.startsWith('QR code') && i.complete && i.naturalWidth > 0)");

        await console.GetByRole(AriaRole.Link, new() { Name = "Summary and export" }).ClickAsync();
        var row = console.GetByRole(AriaRole.Row).Filter(new() { HasText = "Coffee or tea?" });
        await Expect(row).ToContainTextAsync(TopOption(), new() { Timeout = 30_000 });
        await Expect(console.GetByRole(AriaRole.Link, new() { Name = "Everything (JSON)" })).ToBeVisibleAsync();

        await console.GetByRole(AriaRole.Link, new() { Name = "Back to the console" }).ClickAsync();
        await console.GetByRole(AriaRole.Button, new() { Name = "Stop rehearsal and wipe its data" }).ClickAsync();
        await Expect(console.GetByRole(AriaRole.Button, new() { Name = "Start session" })).ToBeVisibleAsync();
    }

    [GeneratedRegex("/api/live/p/[^/]+/stream")]
    private static partial Regex StreamPath();

    [GeneratedRegex("^. Paris")]
    private static partial Regex AnswerParis();

    [GeneratedRegex(@"Question 1 · stage \w+")]
    private static partial Regex QuizStage();

    [GeneratedRegex("^QR code to join")]
    private static partial Regex QrCode();

    [GeneratedRegex(@"Top: (Coffee|Tea) \(\d+")]
    private static partial Regex TopOption();

    [GeneratedRegex("^. B")]
    private static partial Regex AnswerB();

    [GeneratedRegex(@"Correct! \+\d+ Score \d+")]
    private static partial Regex CorrectWithScore();

    [GeneratedRegex(@"Score (\d+)")]
    private static partial Regex ScoreValue();
}
