using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Quartet.Platform.Data;
using Quartet.Platform.Jobs;

namespace Quartet.Deploy.Tests;

/// <summary><c>quartet jobs status</c> reads the run records: exit 0 while every job is fresh, 1 once one is overdue.</summary>
public sealed class JobsStatusTests : IDisposable
{
    private readonly string dataDir = TestDatabases.NewTempFolder("quartet-jobs-status");

    [Fact]
    public async Task Fresh_jobs_pass_and_a_job_silent_for_twice_its_period_fails()
    {
        (await QuartetProcess.RunAsync("migrate", "--data-dir", dataDir)).ExitCode.ShouldBe(0);
        var jobs = await QuartetProcess.JobsAsync();

        var neverRun = await Status();
        neverRun.ExitCode.ShouldBe(1, "jobs that never succeeded are overdue");
        Overdue(neverRun).Count.ShouldBe(jobs.Count);

        var now = DateTime.UtcNow;
        await using (var db = PlatformDb())
        {
            foreach (var job in jobs)
            {
                db.JobRuns.Add(Run(job.RunName, now.AddSeconds(-job.PeriodSeconds * 1.5), JobRun.Succeeded));
            }

            await db.SaveChangesAsync();
        }

        var fresh = await Status();
        fresh.ExitCode.ShouldBe(0, fresh.Output);
        Overdue(fresh).ShouldBeEmpty();

        await using (var db = PlatformDb())
        {
            var weekly = jobs.Single(j => j.Command == "meals verify-integrity");
            await db.JobRuns.Where(r => r.Job == weekly.RunName).ExecuteUpdateAsync(s => s.SetProperty(r => r.FinishedAt, now.AddDays(-15)));
            db.JobRuns.Add(Run("shop.reconcile", now.AddMinutes(-1), JobRun.Failed));
            await db.SaveChangesAsync();
        }

        var overdue = await Status();
        overdue.ExitCode.ShouldBe(1, overdue.Output);
        Overdue(overdue).ShouldBe(["meals verify-integrity"], "a failed run after a fresh success does not make a job overdue");
    }

    private Task<QuartetProcess.Result> Status() => QuartetProcess.RunAsync("jobs", "status", "--data-dir", dataDir);

    private static List<string> Overdue(QuartetProcess.Result result)
    {
        var line = result.Output.Split('\n').Single(l => l.Contains("\"event\":\"jobs.status\"", StringComparison.Ordinal));
        using var report = JsonDocument.Parse(line);
        return [.. report.RootElement.GetProperty("jobs").EnumerateArray().Where(j => j.GetProperty("overdue").GetBoolean()).Select(j => j.GetProperty("command").GetString()!)];
    }

    private static JobRun Run(string job, DateTime finished, string status) => new()
    {
        Id = Guid.CreateVersion7(),
        Job = job,
        Holder = "test",
        StartedAt = finished.AddSeconds(-5),
        FinishedAt = finished,
        Status = status,
    };

    private PlatformDb PlatformDb() => new(new DbContextOptionsBuilder<PlatformDb>()
        .UseSqlite(new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataDir, "platform.db"), Pooling = false }.ConnectionString).Options);

    public void Dispose() => Directory.Delete(dataDir, recursive: true);
}
