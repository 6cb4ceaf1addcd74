using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Quartet.Platform.Data;
using Quartet.Platform.Mail;

namespace Quartet.Platform.Tests;

public sealed class MailOutboxTests
{
    private static readonly MailTemplate Template = new("Hello {name}", "Dear {name},\n\nThis is <mail> number {n}.", "Open");

    [Theory]
    [InlineData(TestProvider.Sqlite)]
    [InlineData(TestProvider.Postgres)]
    [InlineData(TestProvider.MySql)]
    public async Task Several_senders_racing_over_one_outbox_send_every_mail_exactly_once(TestProvider provider)
    {
        await using var smtp = await LocalSmtp.StartAsync();
        await using var host = await QuartetTestHost.StartAsync(provider, smtp.Settings());
        const int count = 40;
        await AddMailsAsync(host, count, "race");

        // The host's own background sender races with three more instances (each with its own lease holder).
        var senders = Enumerable.Range(0, 3).Select(_ => ActivatorUtilities.CreateInstance<MailSender>(host.Services)).ToList();
        await Task.WhenAll(senders.Select(s => Task.Run(async () =>
        {
            for (var i = 0; i < 5; i++)
            {
                await s.SendDueAsync(CancellationToken.None);
            }
        })));
        await WaitUntilAsync(() => smtp.Received().Count(m => (m.Subject ?? "").StartsWith("Hello race", StringComparison.Ordinal)) >= count);
        await Task.Delay(500);

        var received = smtp.Received().Where(m => (m.Subject ?? "").StartsWith("Hello race", StringComparison.Ordinal)).ToList();
        received.Count.ShouldBe(count);
        received.Select(m => m.MessageId).Distinct().Count().ShouldBe(count);
        await using var scope = host.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<PlatformDb>().MailOutbox.AsNoTracking().Where(m => m.Topic == "test.race").ToListAsync();
        rows.ShouldAllBe(m => m.SentAt != null && m.Attempts == 1 && m.LeaseUntil == null);
    }

    [Fact]
    public async Task An_smtp_outage_delays_mail_with_back_off_and_loses_nothing()
    {
        await using var smtp = await LocalSmtp.StartAsync(failFirst: 2);
        await using var host = await QuartetTestHost.StartAsync(TestProvider.Sqlite, smtp.Settings());
        await AddMailsAsync(host, 1, "outage");

        var mail = await smtp.WaitForAsync("reader0@example.test");
        mail.Subject.ShouldBe("Hello outage0");
        (mail.TextBody ?? "").ShouldContain("This is <mail> number 0.");
        (mail.HtmlBody ?? "").ShouldContain("This is &lt;mail&gt; number 0.");
        await using var scope = host.Services.CreateAsyncScope();
        var row = await scope.ServiceProvider.GetRequiredService<PlatformDb>().MailOutbox.AsNoTracking().SingleAsync(m => m.Topic == "test.outage");
        row.Attempts.ShouldBe(3);
        row.SentAt.ShouldNotBeNull();
        (row.SentAt.Value - row.CreatedAt).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1.4));
    }

    [Fact]
    public void Back_off_doubles_from_the_retry_delay_up_to_an_hour()
    {
        var options = Microsoft.Extensions.Options.Options.Create(new Hosting.QuartetOptions { Mail = { RetryDelay = TimeSpan.FromSeconds(30) } });
        var sender = new MailSender(null!, new MailOutboxSources(), null!, new MailSignal(), options, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<MailSender>.Instance);
        sender.RetryDelayAfter(1).ShouldBe(TimeSpan.FromSeconds(30));
        sender.RetryDelayAfter(2).ShouldBe(TimeSpan.FromSeconds(60));
        sender.RetryDelayAfter(4).ShouldBe(TimeSpan.FromSeconds(240));
        sender.RetryDelayAfter(12).ShouldBe(TimeSpan.FromHours(1));
    }

    [Theory]
    [InlineData("Quartet:Mail:SmtpPort", "70000", "Quartet__Mail__SmtpPort")]
    [InlineData("Quartet:Mail:From", "not a mailbox", "Quartet__Mail__From")]
    [InlineData("Quartet:Mail:SmtpHost", "bad host name!", "Quartet__Mail__SmtpHost")]
    [InlineData("Quartet:Mail:Username", "", "Quartet__Mail__Username")]
    [InlineData("Quartet:Mail:PublicUrl", "ftp://example.test", "Quartet__Mail__PublicUrl")]
    public async Task A_bad_mail_setting_stops_start_up_naming_it(string key, string value, string named)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Quartet:Mail:SmtpHost"] = "smtp.example.test",
            ["Quartet:Mail:Username"] = "user",
            ["Quartet:Mail:Password"] = "secret",
            ["Quartet:Mail:PublicUrl"] = "https://quartet.example.test",
            [key] = value,
        };
        var error = await Should.ThrowAsync<InvalidOperationException>(() => QuartetTestHost.StartAsync(TestProvider.Sqlite, settings));
        error.Message.ShouldContain(named);
    }

    [Fact]
    public async Task Without_smtp_admins_read_mails_in_the_development_mailbox()
    {
        await using var host = await QuartetTestHost.StartAsync(TestProvider.Sqlite, new Dictionary<string, string?> { ["Quartet:Mail:RequireVerification"] = "true" });
        var visitor = host.CreateClient();
        var email = $"new-{Guid.NewGuid():N}"[..14] + "@example.test";
        (await visitor.PostAsJsonAsync("/api/auth/register", new { email, password = "abcdefg1", displayName = "Newcomer" })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var admin = await host.CreateUserAsync("admin");
        MailboxView? box = null;
        await WaitUntilAsync(async () =>
        {
            box = await (await admin.Client.GetAsync($"/api/admin/mail?to={Uri.EscapeDataString(email)}")).ReadAsAsync<MailboxView>();
            return box.Mails.Any(m => m.SentAt != null);
        });
        box!.DevelopmentMailbox.ShouldBeTrue();
        var mail = box.Mails.Single();
        mail.Subject.ShouldBe("Confirm your e-mail address for Quartet");
        mail.TextBody.ShouldNotBeNull().ShouldContain("/verify-email?token=");
        mail.HtmlBody.ShouldNotBeNull().ShouldContain("Newcomer");

        (await visitor.GetAsync("/api/admin/mail")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await (await admin.Client.GetAsync("/api/admin/mail?take=1000")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "VALIDATION_FAILED");
    }

    private static async Task AddMailsAsync(QuartetTestHost host, int count, string topic)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDb>();
        await db.InTransactionAsync(_ =>
        {
            for (var i = 0; i < count; i++)
            {
                var mail = Template.Render(new Dictionary<string, string> { ["name"] = topic + i, ["n"] = i.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "http://quartet.test/x");
                MailOutbox.Add(db, "test." + topic, $"reader{i}@example.test", mail, DateTime.UtcNow);
            }

            return Task.CompletedTask;
        }, CancellationToken.None);
    }

    private static Task WaitUntilAsync(Func<bool> condition) => WaitUntilAsync(() => Task.FromResult(condition()));

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The condition did not come true in 30 s.");
            }

            await Task.Delay(100);
        }
    }
}
