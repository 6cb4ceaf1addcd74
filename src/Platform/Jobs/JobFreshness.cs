using Microsoft.EntityFrameworkCore;
using Quartet.Platform.Data;

namespace Quartet.Platform.Jobs;

/// <summary>When a scheduled job last succeeded, and whether that is more than twice its period ago.</summary>
public sealed record JobFreshness(string Command, string RunName, TimeSpan Period, DateTime? LastSuccess, bool Overdue)
{
    /// <summary>The dead man's switch: a job that never succeeded counts as overdue too.</summary>
    public static async Task<IReadOnlyList<JobFreshness>> CheckAsync(PlatformDb db, IReadOnlyList<ScheduledJob> jobs, DateTime now, CancellationToken ct)
    {
        var names = jobs.Select(j => j.RunName).ToList();
        var lastSuccess = await db.JobRuns.AsNoTracking()
            .Where(r => names.Contains(r.Job) && r.Status == JobRun.Succeeded)
            .GroupBy(r => r.Job)
            .Select(g => new { Job = g.Key, Last = g.Max(r => r.FinishedAt) })
            .ToDictionaryAsync(x => x.Job, x => x.Last, ct);
        return jobs.Select(job =>
        {
            var last = lastSuccess.GetValueOrDefault(job.RunName);
            return new JobFreshness(job.Command, job.RunName, job.Schedule.Period, last, last is null || now - last > 2 * job.Schedule.Period);
        }).ToList();
    }
}
