using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Quartet.Platform.Accounts;
using Quartet.Platform.Data;

namespace Quartet.Platform.Tests;

/// <summary>
/// Changing the sign-in address (issue 19 §3): password required, a single-use link to the NEW address through a real
/// SMTP server, nothing changes until it is followed, a notice to the OLD address, 409 for an address in use.
/// </summary>
public abstract class EmailChangeTests<TFixture>(TFixture fixture) : IClassFixture<TFixture> where TFixture : SmtpHostFixture
{
    private QuartetTestHost Host => fixture.Host;

    [Fact]
    public async Task The_link_mailed_to_the_new_address_changes_it_once_confirms_it_and_notifies_the_old_one()
    {
        var user = await Host.CreateUserAsync();
        var newEmail = $"moved-{Guid.NewGuid():N}"[..16] + "@example.test";

        var requested = await user.Client.PostAsJsonAsync("/api/auth/email/change", new { newEmail, password = user.Password });
        requested.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await requested.ReadAsAsync<EmailChangeRequestedView>()).PendingEmail.ShouldBe(newEmail);
        var mail = await fixture.Smtp.WaitForAsync(newEmail);
        mail.Subject.ShouldBe("Confirm your new e-mail address for Quartet");
        (mail.TextBody ?? "").ShouldContain($"from {user.Email} to {newEmail}");
        var token = PasswordResetTests<TFixture>.TokenIn(mail.TextBody ?? "", "http://quartet.test/confirm-email-change?token=");
        (await (await user.Client.GetAsync("/api/auth/me")).ReadAsAsync<UserView>()).Email.ShouldBe(user.Email);
        (await Host.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = newEmail, password = user.Password })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var confirmed = await Host.CreateClient().PostAsJsonAsync("/api/auth/email/change/confirm", new { token });
        var status = await confirmed.ReadAsAsync<EmailStatusView>();
        status.Email.ShouldBe(newEmail);
        status.Verified.ShouldBeTrue();

        (await (await user.Client.GetAsync("/api/auth/me")).ReadAsAsync<UserView>()).Email.ShouldBe(newEmail);
        (await (await user.Client.GetAsync("/api/auth/email")).ReadAsAsync<EmailStatusView>()).Verified.ShouldBeTrue();
        await QuartetTestHost.SignInAsync(Host.CreateClient(), newEmail, user.Password);
        (await Host.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = user.Email, password = user.Password })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var notice = await fixture.Smtp.WaitForAsync(user.Email, m => m.Subject == "Your Quartet address was changed");
        (notice.TextBody ?? "").ShouldContain($"changed from {user.Email} to {newEmail}");

        var again = await Host.CreateClient().PostAsJsonAsync("/api/auth/email/change/confirm", new { token });
        await again.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "EMAIL_CHANGE_TOKEN_INVALID");
    }

    [Fact]
    public async Task Deleting_the_account_after_a_change_leaves_no_mail_to_or_about_either_address()
    {
        var user = await Host.CreateUserAsync();
        var newEmail = $"gone-{Guid.NewGuid():N}"[..16] + "@example.test";
        (await user.Client.PostAsJsonAsync("/api/auth/email/change", new { newEmail, password = user.Password })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var token = PasswordResetTests<TFixture>.TokenIn((await fixture.Smtp.WaitForAsync(newEmail)).TextBody ?? "", "/confirm-email-change?token=");
        (await Host.CreateClient().PostAsJsonAsync("/api/auth/email/change/confirm", new { token })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await fixture.Smtp.WaitForAsync(user.Email, m => m.Subject == "Your Quartet address was changed");

        (await user.Client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/api/auth/me") { Content = JsonContent.Create(new { password = user.Password }) }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDb>();
        foreach (var address in new[] { user.Email, newEmail })
        {
            (await db.MailOutbox.CountAsync(m => m.ToAddress == address || m.TextBody.Contains(address) || m.HtmlBody.Contains(address)))
                .ShouldBe(0, $"no outbox row may hold {address} after the account is deleted");
        }
    }

    [Fact]
    public async Task A_wrong_password_a_bad_address_the_same_address_and_anonymous_callers_are_refused_and_nothing_is_written()
    {
        var user = await Host.CreateUserAsync();
        var target = $"never-{Guid.NewGuid():N}"[..16] + "@example.test";

        var wrong = await user.Client.PostAsJsonAsync("/api/auth/email/change", new { newEmail = target, password = "not-the-password" });
        (await wrong.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED")).GetProperty("errors").TryGetProperty("password", out _).ShouldBeTrue();
        var malformed = await user.Client.PostAsJsonAsync("/api/auth/email/change", new { newEmail = "not an address", password = user.Password });
        (await malformed.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED")).GetProperty("errors").TryGetProperty("newEmail", out _).ShouldBeTrue();
        var same = await user.Client.PostAsJsonAsync("/api/auth/email/change", new { newEmail = user.Email.ToUpperInvariant(), password = user.Password });
        await same.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
        (await Host.CreateClient().PostAsJsonAsync("/api/auth/email/change", new { newEmail = target, password = user.Password })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var forged = await Host.CreateClient().PostAsJsonAsync("/api/auth/email/change/confirm", new { token = "forged-token-never-issued" });
        await forged.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "EMAIL_CHANGE_TOKEN_INVALID");
        var oversized = await Host.CreateClient().PostAsJsonAsync("/api/auth/email/change/confirm", new { token = new string('x', 5000) });
        await oversized.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED");

        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDb>();
        (await db.AccountTokens.CountAsync(t => t.UserId == user.Id && t.Purpose == EmailChange.TokenPurpose)).ShouldBe(0);
        (await db.MailOutbox.CountAsync(m => m.ToAddress == target)).ShouldBe(0);
    }

    [Fact]
    public async Task An_address_in_use_is_a_409_when_asked_for_and_when_taken_before_the_link_is_followed()
    {
        var user = await Host.CreateUserAsync();
        var other = await Host.CreateUserAsync();
        var taken = await user.Client.PostAsJsonAsync("/api/auth/email/change", new { newEmail = other.Email, password = user.Password });
        await taken.ShouldBeProblemAsync(HttpStatusCode.Conflict, "EMAIL_TAKEN");

        var wanted = $"race-{Guid.NewGuid():N}"[..15] + "@example.test";
        (await user.Client.PostAsJsonAsync("/api/auth/email/change", new { newEmail = wanted, password = user.Password })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var token = PasswordResetTests<TFixture>.TokenIn((await fixture.Smtp.WaitForAsync(wanted)).TextBody ?? "", "/confirm-email-change?token=");
        (await Host.CreateClient().PostAsJsonAsync("/api/auth/register", new { email = wanted, password = "abcdefg1" })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var late = await Host.CreateClient().PostAsJsonAsync("/api/auth/email/change/confirm", new { token });
        await late.ShouldBeProblemAsync(HttpStatusCode.Conflict, "EMAIL_TAKEN");
        (await (await user.Client.GetAsync("/api/auth/me")).ReadAsAsync<UserView>()).Email.ShouldBe(user.Email);
    }

    [Fact]
    public async Task A_newer_request_voids_the_older_link()
    {
        var user = await Host.CreateUserAsync();
        var first = $"first-{Guid.NewGuid():N}"[..16] + "@example.test";
        var second = $"second-{Guid.NewGuid():N}"[..17] + "@example.test";
        (await user.Client.PostAsJsonAsync("/api/auth/email/change", new { newEmail = first, password = user.Password })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var firstToken = PasswordResetTests<TFixture>.TokenIn((await fixture.Smtp.WaitForAsync(first)).TextBody ?? "", "/confirm-email-change?token=");
        (await user.Client.PostAsJsonAsync("/api/auth/email/change", new { newEmail = second, password = user.Password })).StatusCode.ShouldBe(HttpStatusCode.Accepted);

        var stale = await Host.CreateClient().PostAsJsonAsync("/api/auth/email/change/confirm", new { token = firstToken });
        await stale.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "EMAIL_CHANGE_TOKEN_INVALID");
        var secondToken = PasswordResetTests<TFixture>.TokenIn((await fixture.Smtp.WaitForAsync(second)).TextBody ?? "", "/confirm-email-change?token=");
        (await Host.CreateClient().PostAsJsonAsync("/api/auth/email/change/confirm", new { token = secondToken })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await user.Client.GetAsync("/api/auth/me")).ReadAsAsync<UserView>()).Email.ShouldBe(second);
    }
}

public sealed class EmailChangeTestsOnSqlite(SqliteSmtpHost fixture) : EmailChangeTests<SqliteSmtpHost>(fixture);

public sealed class EmailChangeTestsOnPostgres(PostgresSmtpHost fixture) : EmailChangeTests<PostgresSmtpHost>(fixture);

public sealed class EmailChangeTestsOnMySql(MySqlSmtpHost fixture) : EmailChangeTests<MySqlSmtpHost>(fixture);
