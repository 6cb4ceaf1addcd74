using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartet.Parks.Collection;
using Quartet.Parks.Data;
using Quartet.Parks.Domain;

namespace Quartet.Parks.Aggregation;

public sealed record RecomputeOutcome(ParkDayResult Result, bool HadRawData, IReadOnlyList<string> FailedChecks);

/// <summary>
/// Rebuilds the rollups of one (park, park-day) from raw snapshots and the schedule table with the one engine. The
/// collector calls it for today after every slot; <c>parks aggregate</c> calls it for any range and to finalise days.
/// Must run inside the caller's transaction; it takes the park's row lock first so writes for one park are serialised.
/// Each recompute also rebuilds the park's week and month containing the day.
/// </summary>
public sealed class Rollups(ReportingZone zone, PeriodRollups periods, IOptions<ParksOptions> options)
{
    public static readonly TimeSpan LiveMaxAge = TimeSpan.FromMinutes(30);

    public async Task LockParkAsync(ParksDb db, Guid parkId, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM parks WHERE \"Id\" = {parkId} FOR UPDATE", ct);
        }
        else if (db.IsMySql)
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM parks WHERE `Id` = {parkId} FOR UPDATE", ct);
        }
    }

    public async Task<IReadOnlyList<OpenWindow>> OpenWindowsAsync(ParksDb db, Guid parkId, DateTime from, DateTime to, CancellationToken ct)
    {
        var openTypes = options.Value.Schedule.OpenTypes;
        var rows = await db.Schedules.AsNoTracking()
            .Where(s => s.ParkId == parkId && s.OpensAt < to && s.ClosesAt > from)
            .ToListAsync(ct);
        return EffectiveWindows(rows, openTypes);
    }

    /// <summary>Open windows of open types; manual rows for a local date hide the upstream rows of that date.</summary>
    public static IReadOnlyList<OpenWindow> EffectiveWindows(IEnumerable<ParkSchedule> rows, IReadOnlyCollection<string> openTypes) =>
        rows.GroupBy(r => r.LocalDate)
            .SelectMany(g => g.Any(r => r.Origin == "manual") ? g.Where(r => r.Origin == "manual") : g)
            .Where(r => openTypes.Contains(r.Type))
            .Select(r => new OpenWindow(r.OpensAt, r.ClosesAt))
            .OrderBy(w => w.OpensAt)
            .ToList();

    public async Task<RecomputeOutcome> RecomputeAsync(ParksDb db, Park park, DateOnly date, DateTime now, bool finalise, CancellationToken ct)
    {
        var (start, end) = zone.DayWindow(date);
        var rides = await db.Rides.AsNoTracking().Where(r => r.ParkId == park.Id).Select(r => new EngineRide(r.Id, r.Tier, r.Category, r.IsActive)).ToListAsync(ct);
        var snapshots = await db.RideSnapshots.AsNoTracking()
            .Where(s => s.ParkId == park.Id && s.SlotAt >= start && s.SlotAt < end)
            .Select(s => new EngineSnapshot(s.RideId, s.SlotAt, s.Status, s.WaitMinutes, s.IntervalMinutes, s.Fallback, s.Stale))
            .ToListAsync(ct);
        var windows = await OpenWindowsAsync(db, park.Id, start, end, ct);
        var result = ParkDayEngine.Compute(new ParkDayInput(park.Id, park.StatusModel, date, start, end, windows, rides, snapshots,
            options.Value.Operated.MinSlots, DayComplete: now >= end));

        await db.RideHours.Where(s => s.ParkId == park.Id && s.LocalDate == date).ExecuteDeleteAsync(ct);
        await db.RideDays.Where(s => s.ParkId == park.Id && s.LocalDate == date).ExecuteDeleteAsync(ct);
        await db.ParkHours.Where(s => s.ParkId == park.Id && s.LocalDate == date).ExecuteDeleteAsync(ct);
        await db.ParkDays.Where(s => s.ParkId == park.Id && s.LocalDate == date).ExecuteDeleteAsync(ct);
        await db.Events.Where(s => s.ParkId == park.Id && s.LocalDate == date).ExecuteDeleteAsync(ct);

        var failed = finalise ? Checks(result) : [];
        var isFinal = finalise && failed.Count == 0;
        foreach (var day in result.RideDays)
        {
            day.IsFinal = isFinal;
        }

        foreach (var hour in result.ParkHours)
        {
            hour.IsFinal = isFinal;
        }

        result.ParkDay.IsFinal = isFinal;
        db.RideHours.AddRange(result.RideHours);
        var reported = snapshots.Select(s => s.RideId).ToHashSet();
        db.RideDays.AddRange(result.RideDays.Where(d => reported.Contains(d.RideId)));
        db.ParkHours.AddRange(result.ParkHours.Where(h => h.OpenMin > 0 || h.ObservedMin > 0));
        db.ParkDays.Add(result.ParkDay);
        db.Events.AddRange(result.Events);
        foreach (var check in failed)
        {
            await Issues.RaiseAsync(db, now, Issues.Inconsistent, "rollup", park.Id, null, null, new { date, check }, null, ct);
        }

        await db.SaveChangesAsync(ct);
        await periods.RebuildAsync(db, park.Id, date, ct);

        return new RecomputeOutcome(result, snapshots.Count > 0, failed);
    }

    /// <summary>Self-checks run when a day is finalised (spec §4.8).</summary>
    public static List<string> Checks(ParkDayResult result)
    {
        var failed = new List<string>();
        if (result.RideDays.Any(d => d.DownMin > d.ObservedMin))
        {
            failed.Add("downMin > observedMin");
        }

        if (result.ParkDay.DownWMin > result.ParkDay.CapacityWMin)
        {
            failed.Add("B > A");
        }

        if (result.ParkHours.Sum(h => h.CapacityWMin) != result.ParkDay.CapacityWMin || result.ParkHours.Sum(h => h.DownWMin) != result.ParkDay.DownWMin)
        {
            failed.Add("Σ hourly A/B ≠ daily A/B");
        }

        return failed;
    }
}
