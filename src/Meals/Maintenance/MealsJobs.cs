using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartet.Meals.Common;
using Quartet.Meals.Data;
using Quartet.Meals.Receipts;
using Quartet.Platform.Jobs;

namespace Quartet.Meals.Maintenance;

/// <summary>The scheduled meals jobs of spec §6, each under the platform job lock (one run at a time across machines).</summary>
public static class MealsJobs
{
    public const string PurgeExpiredJob = "meals.purge-expired";
    public const string PurgeAuditJob = "meals.purge-audit";
    public const string VerifyIntegrityJob = "meals.verify-integrity";
    public const string SweepBlobsJob = "meals.sweep-blobs";

    public sealed record Outcome(JobOutcome Status, string? Summary, IReadOnlyList<string> Problems);

    public static Task<Outcome> PurgeExpiredAsync(IServiceProvider services, CancellationToken ct) =>
        RunAsync(services, PurgeExpiredJob, async (scope, now, token) =>
        {
            var result = await PurgeExpired.RunAsync(scope.GetRequiredService<MealsDb>(), scope.GetRequiredService<ReceiptBlobs>(),
                scope.GetRequiredService<IOptions<MealsOptions>>().Value, now, token);
            return (result.ToString(), []);
        }, ct);

    public static Task<Outcome> PurgeAuditAsync(IServiceProvider services, CancellationToken ct) =>
        RunAsync(services, PurgeAuditJob, async (scope, now, token) =>
        {
            var days = scope.GetRequiredService<IOptions<MealsOptions>>().Value.AuditRetentionDays;
            var removed = await PurgeAudit.RunAsync(scope.GetRequiredService<MealsDb>(), days, now, token);
            return ($"{removed} audit entr{(removed == 1 ? "y" : "ies")} older than {days} days removed", []);
        }, ct);

    public static Task<Outcome> VerifyIntegrityAsync(IServiceProvider services, CancellationToken ct) =>
        RunAsync(services, VerifyIntegrityJob, async (scope, _, token) =>
        {
            var problems = await VerifyIntegrity.FindProblemsAsync(scope.GetRequiredService<MealsDb>(), scope.GetRequiredService<ReceiptBlobs>(), token);
            return ($"{problems.Count} problem(s)", problems);
        }, ct);

    public static Task<Outcome> SweepBlobsAsync(IServiceProvider services, CancellationToken ct) =>
        RunAsync(services, SweepBlobsJob, async (scope, now, token) =>
        {
            var result = await SweepBlobs.RunAsync(scope.GetRequiredService<MealsDb>(), scope.GetRequiredService<ReceiptBlobs>(), now, token);
            return (result.ToString(), []);
        }, ct);

    private static async Task<Outcome> RunAsync(IServiceProvider services, string job,
        Func<IServiceProvider, DateTime, CancellationToken, Task<(string Summary, IReadOnlyList<string> Problems)>> work, CancellationToken ct)
    {
        string? summary = null;
        IReadOnlyList<string> problems = [];
        var status = await services.GetRequiredService<JobRunner>().RunAsync(job, async token =>
        {
            await using var scope = services.CreateAsyncScope();
            (summary, problems) = await work(scope.ServiceProvider, services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime, token);
            return summary;
        }, ct);
        return new Outcome(status, summary, problems);
    }
}
