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
            return await JobCommand.RunAsync(app.Services, "platform", "mail-purge",
                async (scope, token) => new JobResult((await scope.GetRequiredService<MailOutboxPurge>().RunAsync(token)).ToString()), ct);
        });
        mail.Subcommands.Add(purge);
        return mail;
    }
}
