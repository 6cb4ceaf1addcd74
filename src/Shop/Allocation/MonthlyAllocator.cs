using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartet.Platform.Data;
using Quartet.Shop.Common;
using Quartet.Shop.Data;
using Quartet.Shop.Employees;
using Quartet.Shop.Notifications;
using Quartet.Shop.Points;

namespace Quartet.Shop.Allocation;

public sealed record AllocationSummary(string Period, bool DryRun, int Employees, int Allocated, int Skipped, int AlreadyDone, long Points)
{
    public override string ToString() =>
        $"{Period}{(DryRun ? " (dry run)" : "")}: {Allocated} allocated ({Points:N0} points), {Skipped} skipped, {AlreadyDone} already done, of {Employees} active employees";
}

/// <summary>
/// The monthly allocation (spec 4.1): every active employee gets the period's amount once. Each employee is its own small
/// transaction and the (user, period) key makes a second grant impossible, so a crashed or concurrent run is harmless.
/// </summary>
public sealed class MonthlyAllocator(
    ShopDb db, PointsLedger ledger, EmployeeDirectory directory, IOptions<ShopOptions> options, ShopClock clock, ShopNotifications notifications)
{
    public const string SkipBalanceCap = "BALANCE_CAP";

    public static bool TryParsePeriod(string? text, out (int Year, int Month) period)
    {
        period = default;
        if (text is null || !DateTime.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        period = (parsed.Year, parsed.Month);
        return true;
    }

    public string CurrentPeriod => Months.PeriodOf(clock.UtcNow, options.Value.Zone);

    public string PreviousPeriod
    {
        get
        {
            var local = TimeZoneInfo.ConvertTimeFromUtc(clock.UtcNow, options.Value.Zone);
            return new DateTime(local.Year, local.Month, 1).AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        }
    }

    public async Task<List<EmployeeInfo>> ActiveEmployeesAsync(CancellationToken ct)
    {
        var people = (await directory.AllEmployeesAsync(ct)).Where(p => p.IsActive).ToList();
        var excluded = (await db.Accounts.AsNoTracking().Where(a => a.AllocationOverride == 0).Select(a => a.UserId).ToListAsync(ct)).ToHashSet();
        return [.. people.Where(p => !excluded.Contains(p.Id))];
    }

    public async Task<AllocationSummary> RunAsync(string period, bool dryRun, IProgress<int>? progress, CancellationToken ct)
    {
        var settings = options.Value;
        var employees = await ActiveEmployeesAsync(ct);
        var done = (await db.Allocations.AsNoTracking().Where(a => a.Period == period).Select(a => a.UserId).ToListAsync(ct)).ToHashSet();
        var pending = employees.Where(e => !done.Contains(e.Id)).Select(e => e.Id).ToList();
        int allocated = 0, skipped = 0, already = employees.Count - pending.Count;
        long points = 0;
        if (dryRun)
        {
            var accounts = await db.Accounts.AsNoTracking().ToDictionaryAsync(a => a.UserId, ct);
            foreach (var id in pending)
            {
                var account = accounts.GetValueOrDefault(id);
                var amount = Math.Min(account?.AllocationOverride ?? settings.MonthlyAllocation, settings.MaxBalance - (account?.Balance ?? 0));
                (amount > 0 ? ref allocated : ref skipped)++;
                points += Math.Max(amount, 0);
            }

            return new AllocationSummary(period, true, employees.Count, allocated, skipped, already, points);
        }

        await ledger.EnsureAccountsAsync(pending, ct);
        var processed = 0;
        foreach (var userId in pending)
        {
            ct.ThrowIfCancellationRequested();
            try
            {
                var amount = await db.InTransactionAsync(async ct =>
                {
                    var account = (await ledger.LockAccountAsync(userId, ct))!;
                    if (await db.Allocations.AnyAsync(a => a.UserId == userId && a.Period == period, ct))
                    {
                        return (int?)null;
                    }

                    var due = Math.Min(account.AllocationOverride ?? settings.MonthlyAllocation, settings.MaxBalance - account.Balance);
                    var allocation = new MonthlyAllocation { UserId = userId, Period = period, CreatedAt = clock.UtcNow };
                    if (due <= 0)
                    {
                        allocation.SkipReason = SkipBalanceCap;
                    }
                    else
                    {
                        var entry = ledger.Credit(account, due, LedgerType.Grant, LedgerSource.Monthly, $"Monthly allocation {period}", Actor.System, ledger.ExpiryOfNewGrant());
                        entry.Period = period;
                        allocation.Amount = due;
                        allocation.EntryId = entry.Id;
                        await notifications.AllocationGrantedAsync(userId, period, due, clock.UtcNow, ct);
                    }

                    db.Allocations.Add(allocation);
                    return due;
                }, ct);
                if (amount is null)
                {
                    already++;
                }
                else if (amount > 0)
                {
                    allocated++;
                    points += amount.Value;
                }
                else
                {
                    skipped++;
                }
            }
            catch (DbUpdateException)
            {
                // Another run allocated this employee between our check and our insert; the key kept one.
                db.ChangeTracker.Clear();
                already++;
            }

            progress?.Report(++processed);
        }

        return new AllocationSummary(period, false, employees.Count, allocated, skipped, already, points);
    }
}
