using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Parks.Data;
using Quartet.Parks.Notifications;
using Quartet.Platform.Data;
using Quartet.Platform.Jobs;
using Quartet.Platform.Mail;

namespace Quartet.Parks.Tests.Integration;

public sealed class CollectorAlertHost : SqliteHost;

public sealed class OverdueAlertHost : SqliteHost;

/// <summary>What the parks admin-alert tests share: writing run records and reading the admins' outbox rows.</summary>
public static class AlertKit
{
    public static async Task<int> CheckAsync(QuartetTestHost host, DateTime now)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ParksAdminAlerts>().CheckAsync(now, CancellationToken.None);
    }

    public static async Task CollectRunAsync(QuartetTestHost host, DateTime startedAt, string status)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParksDb>();
        db.Runs.Add(new CollectionRun
        {
            Id = Guid.CreateVersion7(),
            Kind = "collect",
            StartedAt = startedAt,
            FinishedAt = startedAt.AddSeconds(30),
            Status = status,
            ParksFailed = status == "failed" ? 4 : 0,
        });
        await db.SaveChangesAsync();
    }

    public static async Task JobSucceededAsync(QuartetTestHost host, string runName, DateTime finishedAt)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDb>();
        db.JobRuns.Add(new JobRun
        {
            Id = Guid.CreateVersion7(),
            Job = runName,
            Holder = "test",
            StartedAt = finishedAt.AddSeconds(-5),
            FinishedAt = finishedAt,
            Status = JobRun.Succeeded,
        });
        await db.SaveChangesAsync();
    }

    public static async Task<List<OutboxMail>> MailsToAsync(QuartetTestHost host, string address)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDb>();
        return await db.MailOutbox.AsNoTracking().Where(m => m.ToAddress == address && m.Topic == ParksAdminAlerts.Topic).OrderBy(m => m.CreatedAt).ToListAsync();
    }
}

/// <summary>The collector failing twice in a row mails each parks admin once per incident.</summary>
public sealed class CollectorAlertTests(CollectorAlertHost fixture) : IClassFixture<CollectorAlertHost>
{
    [Fact]
    public async Task Two_failed_runs_in_a_row_mail_each_parks_admin_once_and_a_new_streak_mails_again()
    {
        var host = fixture.Host;
        var admin = await host.CreateUserAsync(ParksRoles.Admin);
        var visitor = await host.CreateUserAsync();
        var now = DateTime.UtcNow;
        foreach (var job in new ParksModule().Jobs)
        {
            await AlertKit.JobSucceededAsync(host, job.RunName, now);
        }

        await AlertKit.CollectRunAsync(host, now.AddMinutes(-40), "succeeded");
        await AlertKit.CollectRunAsync(host, now.AddMinutes(-30), "failed");
        await AlertKit.CheckAsync(host, now);
        (await AlertKit.MailsToAsync(host, admin.Email)).ShouldBeEmpty();

        await AlertKit.CollectRunAsync(host, now.AddMinutes(-20), "abandoned");
        (await AlertKit.CheckAsync(host, now)).ShouldBeGreaterThanOrEqualTo(1);
        var mail = (await AlertKit.MailsToAsync(host, admin.Email)).ShouldHaveSingleItem();
        mail.Subject.ShouldBe("Parks collector failed 2 times in a row");
        mail.TextBody.ShouldContain("Last run");
        (await AlertKit.CheckAsync(host, now.AddMinutes(5))).ShouldBe(0);
        (await AlertKit.MailsToAsync(host, visitor.Email)).ShouldBeEmpty();

        await AlertKit.CollectRunAsync(host, now.AddMinutes(-10), "failed");
        (await AlertKit.CheckAsync(host, now)).ShouldBe(0);
        (await AlertKit.MailsToAsync(host, admin.Email)).Count.ShouldBe(1);

        await AlertKit.CollectRunAsync(host, now.AddMinutes(-8), "partial");
        await AlertKit.CollectRunAsync(host, now.AddMinutes(-6), "failed");
        await AlertKit.CollectRunAsync(host, now.AddMinutes(-4), "failed");
        await AlertKit.CheckAsync(host, now);
        (await AlertKit.MailsToAsync(host, admin.Email)).Count.ShouldBe(2);
    }
}

/// <summary>A parks job without a success for twice its period mails each parks admin once per incident.</summary>
public sealed class OverdueAlertTests(OverdueAlertHost fixture) : IClassFixture<OverdueAlertHost>
{
    [Fact]
    public async Task An_overdue_job_mails_once_until_it_succeeds_and_falls_behind_again()
    {
        var host = fixture.Host;
        var admin = await host.CreateUserAsync(ParksRoles.Admin);
        var quiet = await host.CreateUserAsync(ParksRoles.Admin);
        (await quiet.Client.PutAsJsonAsync("/api/auth/mail-preferences", new { language = "en", optedOut = new[] { ParksAdminAlerts.Topic } })).EnsureSuccessStatusCode();
        var now = DateTime.UtcNow;
        foreach (var job in new ParksModule().Jobs)
        {
            await AlertKit.JobSucceededAsync(host, job.RunName, job.Command == "parks aggregate" ? now.AddHours(-3) : now);
        }

        await AlertKit.CheckAsync(host, now);
        var mail = (await AlertKit.MailsToAsync(host, admin.Email)).ShouldHaveSingleItem();
        mail.Subject.ShouldBe("Parks job overdue: parks aggregate");
        mail.TextBody.ShouldContain("\"quartet parks aggregate\" should run every 01:00:00");
        await AlertKit.CheckAsync(host, now.AddMinutes(10));
        (await AlertKit.MailsToAsync(host, admin.Email)).ShouldHaveSingleItem();

        await AlertKit.JobSucceededAsync(host, ParksCommands.RunName("aggregate"), now);
        await AlertKit.CheckAsync(host, now.AddMinutes(15));
        (await AlertKit.MailsToAsync(host, admin.Email)).ShouldHaveSingleItem();

        await AlertKit.CheckAsync(host, now.AddHours(2).AddMinutes(1));
        (await AlertKit.MailsToAsync(host, admin.Email)).Count(m => m.Subject == "Parks job overdue: parks aggregate").ShouldBe(2);
        (await AlertKit.MailsToAsync(host, quiet.Email)).ShouldBeEmpty();
    }
}
