using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Platform.Jobs;
using Quartet.Platform.Mail;
using Quartet.Platform.Modules;

namespace Quartet.Platform.Cli;

/// <summary><c>quartet mail purge</c>: the scheduled outbox clean-up, under the job lock.</summary>
public static class MailCommands
{
    public static Command Create(CommandContext context)
    {
        var mail = new Command("mail", "Mail outbox commands.");
        var purge = new Command("purge", "Delete sent mails older than Quartet__Mail__KeepSentDays and failed ones older than Quartet__Mail__KeepFailedDays, in every outbox.");
        purge.SetAction(async (parse, ct) =>
        {
            await using var app = context.BuildApp(parse);
            var outcome = await app.Services.GetRequiredService<JobRunner>().RunAsync(JobCatalog.MailPurge.RunName, async c =>
            {
                var summary = (await app.Services.GetRequiredService<MailOutboxPurge>().RunAsync(c)).ToString();
                Console.WriteLine(summary);
                return summary;
            }, ct);
            return JobExitCodes.For(outcome);
        });
        mail.Subcommands.Add(purge);
        return mail;
    }
}
