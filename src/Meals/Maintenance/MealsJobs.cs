using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Meals.Receipts;
using Quartet.Platform.Jobs;

namespace Quartet.Meals.Maintenance;

/// <summary>
/// The scheduled meals jobs of spec §6. Each runs through the platform's <see cref="JobCommand"/> as <c>meals.{job}</c>
/// (one run at a time across machines, a run record, metrics, exit code 0 / 1 / 75); the work gets its own scope.
/// </summary>
public static class MealsJobs
{
    public const string App = "meals";
    public const string PurgeExpiredJob = "purge-expired";
    public const string PurgeAuditJob = "purge-audit";
    public const string VerifyIntegrityJob = "verify-integrity";
    public const string SweepBlobsJob = "sweep-blobs";

    /// <summary>Runs the job <c>meals.{job}</c> and answers its exit code.</summary>
    public static Task<int> RunAsync(IServiceProvider services, string job, CancellationToken ct) =>
        JobCommand.RunAsync(services, App, job, WorkOf(job), ct);

    public static Func<IServiceProvider, CancellationToken, Task<JobResult>> WorkOf(string job) => job switch
    {
        PurgeExpiredJob => PurgeExpiredAsync,
        PurgeAuditJob => PurgeAuditAsync,
        VerifyIntegrityJob => VerifyIntegrityAsync,
        SweepBlobsJob => SweepBlobsAsync,
        _ => throw new ArgumentOutOfRangeException(nameof(job), job, "Not a meals job."),
    };

    private static async Task<JobResult> PurgeExpiredAsync(IServiceProvider scope, CancellationToken ct)
    {
        var result = await PurgeExpired.RunAsync(scope.GetRequiredService<MealsDb>(), scope.GetRequiredService<ReceiptBlobs>(),
            scope.GetRequiredService<IOptions<MealsOptions>>().Value, Now(scope), ct);
        return new JobResult(result.ToString());
    }

    private static async Task<JobResult> PurgeAuditAsync(IServiceProvider scope, CancellationToken ct)
    {
        var days = scope.GetRequiredService<IOptions<MealsOptions>>().Value.AuditRetentionDays;
        var removed = await PurgeAudit.RunAsync(scope.GetRequiredService<MealsDb>(), days, Now(scope), ct);
        return new JobResult($"{removed} audit entr{(removed == 1 ? "y" : "ies")} older than {days} days removed");
    }

    /// <summary>Read-only; each finding goes to standard error (standard output keeps the closing line), and findings fail the run.</summary>
    private static async Task<JobResult> VerifyIntegrityAsync(IServiceProvider scope, CancellationToken ct)
    {
        var problems = await VerifyIntegrity.FindProblemsAsync(scope.GetRequiredService<MealsDb>(), scope.GetRequiredService<ReceiptBlobs>(), ct);
        foreach (var problem in problems)
        {
            await Console.Error.WriteLineAsync(problem);
        }

        return new JobResult($"{problems.Count} problem(s)", Failed: problems.Count > 0);
    }

    private static async Task<JobResult> SweepBlobsAsync(IServiceProvider scope, CancellationToken ct)
    {
        var result = await SweepBlobs.RunAsync(scope.GetRequiredService<MealsDb>(), scope.GetRequiredService<ReceiptBlobs>(), Now(scope), ct);
        return new JobResult(result.ToString());
    }

    private static DateTime Now(IServiceProvider scope) => scope.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
}
