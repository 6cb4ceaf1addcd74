using System.ComponentModel;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Platform.Http;
using Quartet.Platform.Jobs;
using Quartet.Shop.Common;
using Quartet.Shop.Data;

namespace Quartet.Shop.Allocation;

/// <summary>Month view of the allocation (allocated, skipped, not yet) and a run button that shares the CLI job and its lock.</summary>
public static class AllocationEndpoints
{
    public static readonly string JobName = JobCommand.Name("shop", "allocate-monthly");

    [Description("Runs the monthly allocation for a period (YYYY-MM; the current month when absent), or with dryRun only reports what it would allocate.")]
    public sealed class AllocationRunRequest
    {
        public string? Period { get; init; }

        public bool DryRun { get; init; }
    }

    public sealed record Row(Guid UserId, string Name, string Email, int Amount, string? SkipReason, DateTime? At);

    public sealed record MonthView(string Period, IReadOnlyList<Row> Allocated, IReadOnlyList<Row> Skipped, IReadOnlyList<Row> Pending);

    public static void Map(RouteGroupBuilder points)
    {
        points.MapGet("/allocations", async (string? period, ShopDb db, MonthlyAllocator allocator, Employees.EmployeeDirectory directory, CancellationToken ct) =>
        {
            var wanted = period ?? allocator.CurrentPeriod;
            if (!MonthlyAllocator.TryParsePeriod(wanted, out _))
            {
                throw ShopErrors.Validation("period", "Use a month as YYYY-MM.");
            }

            var records = await db.Allocations.AsNoTracking().Where(a => a.Period == wanted).ToListAsync(ct);
            var people = await directory.FindManyAsync([.. records.Select(r => r.UserId)], ct);
            var active = await allocator.ActiveEmployeesAsync(ct);
            var recorded = records.Select(r => r.UserId).ToHashSet();
            Row RowOf(MonthlyAllocation a) => new(a.UserId, people.GetValueOrDefault(a.UserId)?.DisplayName ?? "?", people.GetValueOrDefault(a.UserId)?.Email ?? "", a.Amount, a.SkipReason, a.CreatedAt);
            return TypedResults.Ok(new MonthView(
                wanted,
                [.. records.Where(r => r.SkipReason is null).Select(RowOf)],
                [.. records.Where(r => r.SkipReason is not null).Select(RowOf)],
                [.. active.Where(p => !recorded.Contains(p.Id)).Select(p => new Row(p.Id, p.DisplayName, p.Email, 0, null, null))]));
        });

        points.MapPost("/allocations/run", async (AllocationRunRequest? request, ClaimsPrincipal user, MonthlyAllocator allocator, JobRunner jobs, AuditLog audit, ShopDb db, CancellationToken ct) =>
        {
            var period = request?.Period ?? allocator.CurrentPeriod;
            if (!MonthlyAllocator.TryParsePeriod(period, out _))
            {
                throw ShopErrors.Validation("period", "Use a month as YYYY-MM.");
            }

            if (period != allocator.CurrentPeriod && period != allocator.PreviousPeriod)
            {
                throw new ProblemException(422, "PERIOD_NOT_ALLOWED", "Only the current or the previous month can be allocated.");
            }

            if (request?.DryRun == true)
            {
                return TypedResults.Ok(await allocator.RunAsync(period, true, null, ct));
            }

            AllocationSummary? summary = null;
            var outcome = await jobs.RunAsync(JobName, async ct =>
            {
                summary = await allocator.RunAsync(period, false, null, ct);
                audit.Record(Actor.Admin(user), "allocation.run", "allocation", period, null, summary);
                await db.SaveChangesAsync(ct);
                return summary.ToString();
            }, ct);
            return outcome switch
            {
                JobOutcome.Busy => throw new ProblemException(409, "JOB_RUNNING", "An allocation run is in progress; try again shortly."),
                JobOutcome.Failed => throw new InvalidOperationException("The allocation run failed; see the logs."),
                _ => TypedResults.Ok(summary!),
            };
        });
    }
}
