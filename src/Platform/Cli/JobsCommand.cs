using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Quartet.Platform.Data;
using Quartet.Platform.Jobs;
using Quartet.Platform.Modules;

namespace Quartet.Platform.Cli;

/// <summary><c>quartet jobs list</c> (what to schedule) and <c>quartet jobs status</c> (the dead man's switch).</summary>
public static class JobsCommand
{
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    public static Command Create(CommandContext context, Func<ParseResult, IReadOnlyList<QuartetModule>> selectedModules)
    {
        var jobs = new Command("jobs", "The scheduled jobs of the platform and every enabled app.");
        jobs.Subcommands.Add(List(selectedModules));
        jobs.Subcommands.Add(Status(context));
        return jobs;
    }

    private static Command List(Func<ParseResult, IReadOnlyList<QuartetModule>> selectedModules)
    {
        var json = new Option<bool>("--json") { Description = "One JSON array (command, runName, cron, eventBridgeCron, periodSeconds, timeoutSeconds, replacedOnAws)." };
        var command = new Command("list", "Print every job command with its UTC schedule, one per line (crontab fields, then the command).") { json };
        command.SetAction(parse =>
        {
            var all = JobCatalog.For(selectedModules(parse));
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(all.Select(j => new
                {
                    j.Command,
                    j.RunName,
                    j.Schedule.Cron,
                    j.Schedule.EventBridgeCron,
                    PeriodSeconds = (int)j.Schedule.Period.TotalSeconds,
                    TimeoutSeconds = (int)j.Timeout.TotalSeconds,
                    j.ReplacedOnAws,
                }), WebJson));
                return 0;
            }

            foreach (var job in all)
            {
                Console.WriteLine($"{job.Schedule.Cron,-16} quartet {job.Command}");
            }

            return 0;
        });
        return command;
    }

    private static Command Status(CommandContext context)
    {
        var onAws = new Option<bool>("--on-aws") { Description = "Leave out the jobs a managed AWS service does instead (see jobs list --json)." };
        var command = new Command("status", "One JSON line with each job's last success; exit 1 when a job has not succeeded for twice its period.") { onAws };
        command.SetAction(async (parse, ct) =>
        {
            await using var app = context.BuildApp(parse);
            var watched = JobCatalog.For(app.Services.GetRequiredService<ModuleCatalog>().Enabled)
                .Where(j => !parse.GetValue(onAws) || j.ReplacedOnAws is null).ToList();
            await using var scope = app.Services.CreateAsyncScope();
            var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            var report = await JobFreshness.CheckAsync(scope.ServiceProvider.GetRequiredService<PlatformDb>(), watched, now, ct);
            var overdue = report.Count(j => j.Overdue);
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                Event = "jobs.status",
                Overdue = overdue,
                Jobs = report.Select(j => new
                {
                    j.Command,
                    LastSuccess = j.LastSuccess?.ToString("O", CultureInfo.InvariantCulture),
                    PeriodSeconds = (int)j.Period.TotalSeconds,
                    j.Overdue,
                }),
            }, WebJson));
            return overdue == 0 ? 0 : 1;
        });
        return command;
    }
}
