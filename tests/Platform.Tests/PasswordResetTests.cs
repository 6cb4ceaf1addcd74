using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Quartet.Platform.Accounts;
using Quartet.Platform.Data;

namespace Quartet.Platform.Tests;

/// <summary>A host sending mail through a real local SMTP server that requires a login.</summary>
public abstract class SmtpHostFixture : IAsyncLifetime
{
    public LocalSmtp Smtp { get; private set; } = null!;

    public QuartetTestHost Host { get; private set; } = null!;

    protected abstract TestProvider Provider { get; }

    public async Task InitializeAsync()
    {
        Smtp = await LocalSmtp.StartAsync();
        Host = await QuartetTestHost.StartAsync(Provider, Smtp.Settings());
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}

public sealed class SqliteSmtpHost : SmtpHostFixture
{
    protected override TestProvider Provider => TestProvider.Sqlite;
}

public sealed class PostgresSmtpHost : SmtpHostFixture
{
    protected override TestProvider Provider => TestProvider.Postgres;
}

public sealed class MySqlSmtpHost : SmtpHostFixture
{
    protected override TestProvider Provider => TestProvider.MySql;
}

public abstract partial class PasswordResetTests<TFixture>(TFixture fixture) : IClassFixture<TFixture> where TFixture : SmtpHostFixture
{
    private QuartetTestHost Host => fixture.Host;

    [Fact]
    public async Task A_mailed_link_resets_the_password_once_ends_other_sessions_and_signs_in()
    {
        var user = await Host.CreateUserAsync();
        var otherBrowser = Host.CreateClient();
        await QuartetTestHost.SignInAsync(otherBrowser, user.Email, user.Password);

        var browser = Host.CreateClient();
        (await browser.PostAsJsonAsync("/api/auth/password/forgot", new { email = user.Email.ToUpperInvariant() })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var mail = await fixture.Smtp.WaitForAsync(user.Email);
        mail.Subject.ShouldBe("Reset your Quartet password");
        mail.From.Mailboxes.Single().Address.ShouldBe("no-reply@quartet.test");
        var token = TokenIn(mail.TextBody ?? "", "http://quartet.test/reset-password?token=");
        (mail.HtmlBody ?? "").ShouldContain($"href=\"http://quartet.test/reset-password?token={token}\"");

        var weak = await browser.PostAsJsonAsync("/api/auth/password/reset", new { token, password = "short" });
        (await weak.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED")).GetProperty("errors").TryGetProperty("password", out _).ShouldBeTrue();

        var reset = await browser.PostAsJsonAsync("/api/auth/password/reset", new { token, password = "brand-new-2" });
        (await reset.ReadAsAsync<UserView>()).Email.ShouldBe(user.Email);
        (await browser.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await otherBrowser.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await user.Client.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var again = await Host.CreateClient().PostAsJsonAsync("/api/auth/password/reset", new { token, password = "brand-new-3" });
        await again.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "RESET_TOKEN_USED");
        (await Host.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = user.Email, password = user.Password })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await QuartetTestHost.SignInAsync(Host.CreateClient(), user.Email, "brand-new-2");
    }

    [Fact]
    public async Task Forged_and_expired_tokens_get_a_clear_400_and_change_nothing()
    {
        var forged = await Host.CreateClient().PostAsJsonAsync("/api/auth/password/reset", new { token = "forged-token-that-was-never-issued", password = "brand-new-2" });
        await forged.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "RESET_TOKEN_INVALID");

        var user = await Host.CreateUserAsync();
        (await Host.CreateClient().PostAsJsonAsync("/api/auth/password/forgot", new { email = user.Email })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var token = TokenIn((await fixture.Smtp.WaitForAsync(user.Email)).TextBody ?? "", "/reset-password?token=");
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlatformDb>();
            var expired = DateTime.UtcNow.AddMinutes(-1);
            await db.AccountTokens.Where(t => t.UserId == user.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, expired));
        }

        var late = await Host.CreateClient().PostAsJsonAsync("/api/auth/password/reset", new { token, password = "brand-new-2" });
        await late.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "RESET_TOKEN_EXPIRED");
        (await user.Client.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Unknown_addresses_get_the_same_202_in_the_same_time_and_no_mail()
    {
        var user = await Host.CreateUserAsync();
        var unknown = $"nobody-{Guid.NewGuid():N}@example.test";
        await TimedForgotAsync($"warm-up-{Guid.NewGuid():N}@example.test");
        var known = new List<TimeSpan>();
        var missing = new List<TimeSpan>();
        for (var i = 0; i < ForgotPassword.MaxLinksPerHour; i++)
        {
            var (knownStatus, knownElapsed) = await TimedForgotAsync(user.Email);
            var (missingStatus, missingElapsed) = await TimedForgotAsync(unknown);
            knownStatus.ShouldBe(HttpStatusCode.Accepted);
            missingStatus.ShouldBe(HttpStatusCode.Accepted);
            known.Add(knownElapsed);
            missing.Add(missingElapsed);
        }

        known.Concat(missing).ShouldAllBe(e => e >= ForgotPassword.MinimumResponseTime - TimeSpan.FromMilliseconds(5));
        (Median(known) - Median(missing)).Duration().ShouldBeLessThan(TimeSpan.FromMilliseconds(250));
        (await OutboxToAsync(unknown)).ShouldBe(0);
        (await OutboxToAsync(user.Email)).ShouldBe(ForgotPassword.MaxLinksPerHour);
    }

    private static TimeSpan Median(List<TimeSpan> values) => values.Order().ElementAt(values.Count / 2);

    [Fact]
    public async Task Links_per_address_are_limited_and_malformed_addresses_are_refused()
    {
        var user = await Host.CreateUserAsync();
        for (var i = 0; i < ForgotPassword.MaxLinksPerHour + 2; i++)
        {
            (await Host.CreateClient().PostAsJsonAsync("/api/auth/password/forgot", new { email = user.Email })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        }

        (await OutboxToAsync(user.Email)).ShouldBe(ForgotPassword.MaxLinksPerHour);

        var malformed = await Host.CreateClient().PostAsJsonAsync("/api/auth/password/forgot", new { email = "not an address" });
        (await malformed.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED")).GetProperty("errors").TryGetProperty("email", out _).ShouldBeTrue();
        var oversized = await Host.CreateClient().PostAsJsonAsync("/api/auth/password/reset", new { token = new string('x', 5000), password = "brand-new-2" });
        await oversized.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
    }

    private async Task<(HttpStatusCode Status, TimeSpan Elapsed)> TimedForgotAsync(string email)
    {
        var client = Host.CreateClient();
        var watch = Stopwatch.StartNew();
        var response = await client.PostAsJsonAsync("/api/auth/password/forgot", new { email });
        return (response.StatusCode, watch.Elapsed);
    }

    private async Task<int> OutboxToAsync(string address)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PlatformDb>().MailOutbox.CountAsync(m => m.ToAddress == address);
    }

    internal static string TokenIn(string text, string prefix)
    {
        var match = Regex.Match(text, Regex.Escape(prefix) + "([A-Za-z0-9_-]+)");
        match.Success.ShouldBeTrue(text);
        return match.Groups[1].Value;
    }
}

public sealed class PasswordResetTestsOnSqlite(SqliteSmtpHost fixture) : PasswordResetTests<SqliteSmtpHost>(fixture);

public sealed class PasswordResetTestsOnPostgres(PostgresSmtpHost fixture) : PasswordResetTests<PostgresSmtpHost>(fixture);

public sealed class PasswordResetTestsOnMySql(MySqlSmtpHost fixture) : PasswordResetTests<MySqlSmtpHost>(fixture);
