using Microsoft.EntityFrameworkCore;
using Quartet.Platform.Data;
using Quartet.Platform.Jobs;

namespace Quartet.Platform.Tests;

public abstract class JobLockTests<TFixture>(TFixture fixture) : IClassFixture<TFixture> where TFixture : HostFixture
{
    private QuartetTestHost Host => fixture.Host;

    [Fact]
    public async Task Of_two_concurrent_runners_exactly_one_does_the_work()
    {
        var job = "test-" + Guid.NewGuid().ToString("N");
        var runner = Host.Services.GetRequiredService<JobRunner>();
        var worked = 0;
        var started = new TaskCompletionSource();
        var release = new TaskCompletionSource();

        var first = runner.RunAsync(job, async ct =>
        {
            Interlocked.Increment(ref worked);
            started.SetResult();
            await release.Task.WaitAsync(ct);
            return "done";
        }, CancellationToken.None);
        await started.Task;
        var second = await runner.RunAsync(job, _ =>
        {
            Interlocked.Increment(ref worked);
            return Task.FromResult("should not run");
        }, CancellationToken.None);
        release.SetResult();

        second.ShouldBe(JobOutcome.Busy);
        (await first).ShouldBe(JobOutcome.Succeeded);
        worked.ShouldBe(1);
        JobExitCodes.For(second).ShouldBe(75);

        await using var scope = Host.Services.CreateAsyncScope();
        var runs = await scope.ServiceProvider.GetRequiredService<PlatformDb>().JobRuns.Where(r => r.Job == job).ToListAsync();
        runs.Count.ShouldBe(1);
        runs[0].Status.ShouldBe("succeeded");
        runs[0].Summary.ShouldBe("done");
    }

    [Fact]
    public async Task Many_simultaneous_acquirers_get_exactly_one_lease()
    {
        var job = "race-" + Guid.NewGuid().ToString("N");
        var jobLock = Host.Services.GetRequiredService<JobLock>();
        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            Task.Run(() => jobLock.TryAcquireAsync(job, $"holder-{i}", TimeSpan.FromMinutes(1), CancellationToken.None))));
        results.Count(r => r).ShouldBe(1);
    }

    [Fact]
    public async Task A_lease_left_by_a_dead_holder_expires_and_is_taken_over()
    {
        var job = "stale-" + Guid.NewGuid().ToString("N");
        var jobLock = Host.Services.GetRequiredService<JobLock>();
        (await jobLock.TryAcquireAsync(job, "dead-process", TimeSpan.FromMilliseconds(-1), CancellationToken.None)).ShouldBeTrue();
        (await jobLock.TryAcquireAsync(job, "next-run", TimeSpan.FromMinutes(1), CancellationToken.None)).ShouldBeTrue();
        (await jobLock.RenewAsync(job, "dead-process", TimeSpan.FromMinutes(1), CancellationToken.None)).ShouldBeFalse();
        (await jobLock.CurrentHolderAsync(job, CancellationToken.None)).ShouldBe("next-run");
    }

    [Fact]
    public async Task A_failed_run_is_recorded_and_releases_the_lock()
    {
        var job = "fail-" + Guid.NewGuid().ToString("N");
        var runner = Host.Services.GetRequiredService<JobRunner>();
        (await runner.RunAsync(job, _ => throw new InvalidOperationException("boom"), CancellationToken.None)).ShouldBe(JobOutcome.Failed);
        var last = await runner.LastRunAsync(job, CancellationToken.None);
        last!.Status.ShouldBe("failed");
        last.Error.ShouldBe("boom");
        (await runner.RunAsync(job, _ => Task.FromResult("ok"), CancellationToken.None)).ShouldBe(JobOutcome.Succeeded);
    }
}

public sealed class JobLockTestsOnSqlite(SqliteHost fixture) : JobLockTests<SqliteHost>(fixture);

public sealed class JobLockTestsOnPostgres(PostgresHost fixture) : JobLockTests<PostgresHost>(fixture);

public sealed class JobLockTestsOnMySql(MySqlHost fixture) : JobLockTests<MySqlHost>(fixture);
