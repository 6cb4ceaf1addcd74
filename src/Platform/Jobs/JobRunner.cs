using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartet.Platform.Data;

namespace Quartet.Platform.Jobs;

public enum JobOutcome
{
    Succeeded,

    /// <summary>Another runner holds the lease; nothing was done.</summary>
    Busy,

    Failed,
}

public static class JobExitCodes
{
    public const int Succeeded = 0;
    public const int Failed = 1;

    /// <summary>EX_TEMPFAIL: another run holds the job lock; try again later.</summary>
    public const int Busy = 75;

    public static int For(JobOutcome outcome) => outcome switch
    {
        JobOutcome.Succeeded => Succeeded,
        JobOutcome.Busy => Busy,
        _ => Failed,
    };
}

/// <summary>
/// Runs a scheduled job at most once at a time across all processes and machines sharing the platform database,
/// records each run (start, end, status, summary) in <c>job_runs</c> and counts it in the meter <c>Quartet.Platform</c>:
/// <c>quartet.job.runs</c> by job and outcome, <c>quartet.job.duration</c> by job.
/// </summary>
public sealed class JobRunner
{
    public static readonly TimeSpan DefaultLease = TimeSpan.FromMinutes(2);

    private readonly JobLock jobLock;
    private readonly IServiceScopeFactory scopes;
    private readonly TimeProvider clock;
    private readonly ILogger<JobRunner> logger;
    private readonly Counter<long> runs;
    private readonly Histogram<double> duration;

    public JobRunner(JobLock jobLock, IServiceScopeFactory scopes, TimeProvider clock, ILogger<JobRunner> logger, IMeterFactory meters)
    {
        this.jobLock = jobLock;
        this.scopes = scopes;
        this.clock = clock;
        this.logger = logger;
        var meter = meters.Create("Quartet.Platform");
        runs = meter.CreateCounter<long>("quartet.job.runs", "{run}", "Job runs by job and outcome (succeeded, busy, failed).");
        duration = meter.CreateHistogram<double>("quartet.job.duration", "s", "Duration of job runs, lock wait included.");
    }

    /// <param name="work">Does the job and returns a one-line summary for the run log.</param>
    public async Task<JobOutcome> RunAsync(string job, Func<CancellationToken, Task<string>> work, CancellationToken cancellationToken, TimeSpan? lease = null)
    {
        var started = clock.GetTimestamp();
        var outcome = await RunLockedAsync(job, work, lease, cancellationToken);
        runs.Add(1, new("job", job), new("outcome", outcome.ToString().ToLowerInvariant()));
        duration.Record(clock.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("job", job));
        return outcome;
    }

    private async Task<JobOutcome> RunLockedAsync(string job, Func<CancellationToken, Task<string>> work, TimeSpan? lease, CancellationToken cancellationToken)
    {
        var ttl = lease ?? DefaultLease;
        var holder = JobLock.NewHolderId();
        if (!await jobLock.TryAcquireAsync(job, holder, ttl, cancellationToken))
        {
            logger.LogWarning("Job {Job} is already running elsewhere ({Holder}); nothing done", job, await jobLock.CurrentHolderAsync(job, cancellationToken));
            return JobOutcome.Busy;
        }

        var runId = await StartRunAsync(job, holder, cancellationToken);
        using var lost = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var heartbeatStop = new CancellationTokenSource();
        var heartbeat = KeepLeaseAsync(job, holder, ttl, lost, heartbeatStop.Token);
        try
        {
            var summary = await work(lost.Token);
            await FinishRunAsync(runId, JobRun.Succeeded, summary, null, CancellationToken.None);
            logger.LogInformation("Job {Job} succeeded: {Summary}", job, summary);
            return JobOutcome.Succeeded;
        }
        catch (Exception e)
        {
            await FinishRunAsync(runId, JobRun.Failed, null, e.Message, CancellationToken.None);
            logger.LogError(e, "Job {Job} failed", job);
            return JobOutcome.Failed;
        }
        finally
        {
            await heartbeatStop.CancelAsync();
            await heartbeat;
            await jobLock.ReleaseAsync(job, holder, CancellationToken.None);
        }
    }

    private async Task KeepLeaseAsync(string job, string holder, TimeSpan ttl, CancellationTokenSource onLost, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(ttl / 3, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                if (!await jobLock.RenewAsync(job, holder, ttl, stop))
                {
                    logger.LogError("Job {Job} lost its lease; stopping", job);
                    await onLost.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task<Guid> StartRunAsync(string job, string holder, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDb>();
        var run = new JobRun { Id = Guid.CreateVersion7(), Job = job, Holder = holder, StartedAt = clock.GetUtcNow().UtcDateTime, Status = JobRun.Running };
        db.JobRuns.Add(run);
        await db.SaveChangesAsync(ct);
        return run.Id;
    }

    private async Task FinishRunAsync(Guid runId, string status, string? summary, string? error, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDb>();
        var finished = clock.GetUtcNow().UtcDateTime;
        await db.JobRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(
            s => s.SetProperty(r => r.Status, status).SetProperty(r => r.Summary, summary).SetProperty(r => r.Error, error).SetProperty(r => r.FinishedAt, finished), ct);
    }

    /// <summary>The most recent finished run of a job, for health checks that watch job freshness.</summary>
    public async Task<JobRun?> LastRunAsync(string job, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDb>();
        return await db.JobRuns.AsNoTracking().Where(r => r.Job == job && r.FinishedAt != null)
            .OrderByDescending(r => r.StartedAt).FirstOrDefaultAsync(ct);
    }
}
