using Microsoft.EntityFrameworkCore;
using MimeKit;
using Quartet.Meals.Data;
using Quartet.Platform.Data;
using Quartet.Platform.Mail;

namespace Quartet.Platform.Tests;

/// <summary>What happens to an outbox row after the relay accepted it: a repeat is the same message; old rows are purged.</summary>
public sealed class MailDeliveryTests
{
    private static readonly MailTemplate Template = new("Delivery {n}", "Body {n}.");

    [Fact]
    public async Task A_mail_sent_again_because_its_mark_was_lost_is_the_same_message_with_the_same_message_id()
    {
        await using var smtp = await LocalSmtp.StartAsync();
        await using var host = await QuartetTestHost.StartAsync(TestProvider.Sqlite, smtp.Settings());
        var id = await AddAsync<PlatformDb>(host, "again@example.test", "lost-mark", sentDaysAgo: null);
        var first = await smtp.WaitForAsync("again@example.test");

        // As if the instance had died between the relay's accept and the mark: the row is unsent and unleased again.
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PlatformDb>().MailOutbox.Where(m => m.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.SentAt, (DateTime?)null).SetProperty(m => m.LeaseUntil, (DateTime?)null));
        }

        // The sender that finds it next (here the host's own) sends it again.
        await smtp.WaitForAsync("again@example.test", _ => smtp.Received().Count(m => m.To.Mailboxes.Any(b => b.Address == "again@example.test")) >= 2);
        await Task.Delay(500);
        var copies = smtp.Received().Where(m => m.To.Mailboxes.Any(b => b.Address == "again@example.test")).ToList();
        copies.Count.ShouldBe(2);
        copies.Select(m => m.MessageId).Distinct().ShouldHaveSingleItem().ShouldBe($"outbox.{id:N}@quartet.test");
        copies[1].Date.ShouldBe(first.Date);
        copies[1].Subject.ShouldBe(first.Subject);
        MailSender.MessageIdOf(id, MailboxAddress.Parse("Quartet <no-reply@quartet.test>")).ShouldBe(first.MessageId);
    }

    [Fact]
    public async Task The_purge_removes_old_sent_and_given_up_mails_in_every_outbox_and_keeps_pending_recent_and_dedupe_rows()
    {
        await using var host = await QuartetTestHost.StartAsync(TestProvider.Sqlite);
        var oldSent = await AddAsync<PlatformDb>(host, "purge@example.test", "old-sent", sentDaysAgo: 20);
        var recentSent = await AddAsync<PlatformDb>(host, "purge@example.test", "recent-sent", sentDaysAgo: 2);
        var keyedSent = await AddAsync<PlatformDb>(host, "purge@example.test", "keyed-sent", sentDaysAgo: 20, dedupeKey: "test.keyed:" + Guid.NewGuid());
        var oldKeyedSent = await AddAsync<PlatformDb>(host, "purge@example.test", "old-keyed-sent", sentDaysAgo: MailOutboxPurge.DedupeKeyDays + 1, dedupeKey: "test.old:" + Guid.NewGuid());
        var oldFailed = await AddAsync<PlatformDb>(host, "purge@example.test", "old-failed", sentDaysAgo: null, failedDaysAgo: 40);
        var recentFailed = await AddAsync<PlatformDb>(host, "purge@example.test", "recent-failed", sentDaysAgo: null, failedDaysAgo: 10);
        var oldPending = await AddAsync<PlatformDb>(host, "purge@example.test", "old-pending", sentDaysAgo: null, createdDaysAgo: 100, dueInDays: 1);
        var mealsOldSent = await AddAsync<MealsDb>(host, "purge@example.test", "meals-old-sent", sentDaysAgo: 20);

        var result = await host.Services.GetRequiredService<MailOutboxPurge>().RunAsync(CancellationToken.None);

        result.Sent.ShouldBe(3);
        result.Failed.ShouldBe(1);
        await using var scope = host.Services.CreateAsyncScope();
        var left = await scope.ServiceProvider.GetRequiredService<PlatformDb>().MailOutbox.AsNoTracking().Where(m => m.ToAddress == "purge@example.test").Select(m => m.Id).ToListAsync();
        left.ShouldBe([recentSent, keyedSent, recentFailed, oldPending], ignoreOrder: true);
        left.ShouldNotContain(oldSent);
        left.ShouldNotContain(oldKeyedSent);
        left.ShouldNotContain(oldFailed);
        (await scope.ServiceProvider.GetRequiredService<MealsDb>().Set<OutboxMail>().AnyAsync(m => m.Id == mealsOldSent)).ShouldBeFalse();
    }

    private static async Task<Guid> AddAsync<TContext>(
        QuartetTestHost host, string to, string name, int? sentDaysAgo, int? failedDaysAgo = null, int createdDaysAgo = 0, int dueInDays = 0, string? dedupeKey = null)
        where TContext : DbContext
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var now = DateTime.UtcNow;
        var created = now.AddDays(-Math.Max(createdDaysAgo, Math.Max(sentDaysAgo ?? 0, failedDaysAgo ?? 0)));
        var row = MailOutbox.Add(db, "test." + name, to, Template.Render(new Dictionary<string, string> { ["n"] = name }), created, dedupeKey);
        row.NextAttemptAt = now.AddDays(dueInDays);
        row.SentAt = sentDaysAgo is { } sent ? now.AddDays(-sent) : null;
        row.FailedAt = failedDaysAgo is { } failed ? now.AddDays(-failed) : null;
        await db.SaveChangesAsync();
        return row.Id;
    }
}
