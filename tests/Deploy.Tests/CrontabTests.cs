using System.Text.RegularExpressions;

namespace Quartet.Deploy.Tests;

/// <summary>deploy/crontab schedules every job the command line lists, at the listed time, under flock and timeout.</summary>
public sealed class CrontabTests
{
    private static readonly string[] CrontabLines = File.ReadAllLines(Path.Combine(TestDatabases.RepositoryRoot, "deploy", "crontab"));

    [Fact]
    public async Task Every_job_of_the_command_line_is_in_the_crontab_with_its_schedule_flock_and_timeout()
    {
        var missing = new List<string>();
        foreach (var job in await QuartetProcess.JobsAsync())
        {
            var pattern = new Regex(
                $@"^{Regex.Escape(job.Cron)}\s+quartet\s+flock -n /run/lock/[\w-]+\.lock timeout {job.TimeoutSeconds} /opt/quartet/with-env /opt/quartet/quartet {Regex.Escape(job.Command)}( |$)");
            if (!CrontabLines.Any(pattern.IsMatch))
            {
                missing.Add($"{job.Cron} quartet {job.Command} (timeout {job.TimeoutSeconds})");
            }
        }

        missing.ShouldBeEmpty("deploy/crontab lacks these jobs of `quartet jobs list`");
    }

    [Fact]
    public void The_crontab_runs_the_dead_mans_switch()
    {
        CrontabLines.ShouldContain(line => line.StartsWith("*/15 * * * *", StringComparison.Ordinal) && line.Contains("quartet jobs status", StringComparison.Ordinal));
        CrontabLines.ShouldContain(line => line.StartsWith("MAILTO=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_job_times_out_before_its_next_run_is_due()
    {
        foreach (var job in await QuartetProcess.JobsAsync())
        {
            job.TimeoutSeconds.ShouldBeLessThan(job.PeriodSeconds, job.Command);
        }
    }
}
