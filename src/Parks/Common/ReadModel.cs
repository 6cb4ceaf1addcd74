using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartet.Parks.Aggregation;
using Quartet.Parks.Data;
using Quartet.Parks.Domain;

namespace Quartet.Parks.Common;

/// <summary>A park's composed figures for a period: A and B summed over days (or the live slot).</summary>
public sealed record ParkFigures(Park Park, long A, long B, long DownMin, long ObservedMin, int CountedRides, int Incidents, long WaitSum, int WaitCount,
    int? WaitMax, int RidesReporting, int OpenMin, int RidesDown, bool? ParkOpen, int FallbackMin, int StaleSlots)
{
    public decimal? Shame => ShameFormula.Score(A, B);

    public decimal? Uptime => ShameFormula.UptimePct(DownMin, ObservedMin);

    public int? AvgWait => ShameFormula.AverageWait(WaitSum, WaitCount);
}

public sealed record RideFigures(Ride Ride, Park Park, long DownMin, long ObservedMin, int Incidents, int LongestOutage, long WaitSum, int WaitCount, int? WaitMax,
    int OperatedDays, bool Counted)
{
    public decimal? Uptime => Counted ? ShameFormula.UptimePct(DownMin, ObservedMin) : null;

    public int? AvgWait => ShameFormula.AverageWait(WaitSum, WaitCount);
}

/// <summary>Sums of park day rows or span rows; two parts of one period add up (maxima take the larger).</summary>
internal sealed record ParkSums(Guid ParkId, long A, long B, long Down, long Obs, int Counted, int Incidents, long WaitSum, int WaitCount, int? WaitMax,
    int Reporting, int Open, int WithDowntime, int Fallback, int Stale)
{
    public static ParkSums Add(ParkSums x, ParkSums y) => new(x.ParkId, x.A + y.A, x.B + y.B, x.Down + y.Down, x.Obs + y.Obs, Math.Max(x.Counted, y.Counted),
        x.Incidents + y.Incidents, x.WaitSum + y.WaitSum, x.WaitCount + y.WaitCount, Max(x.WaitMax, y.WaitMax), Math.Max(x.Reporting, y.Reporting),
        x.Open + y.Open, Math.Max(x.WithDowntime, y.WithDowntime), x.Fallback + y.Fallback, x.Stale + y.Stale);

    public static int? Max(int? a, int? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);
}

internal sealed record RideSums(Guid RideId, long Down, long Obs, int Incidents, int Longest, long WaitSum, int WaitCount, int? WaitMax, int Operated)
{
    public static RideSums Add(RideSums x, RideSums y) => new(x.RideId, x.Down + y.Down, x.Obs + y.Obs, x.Incidents + y.Incidents, Math.Max(x.Longest, y.Longest),
        x.WaitSum + y.WaitSum, x.WaitCount + y.WaitCount, ParkSums.Max(x.WaitMax, y.WaitMax), x.Operated + y.Operated);
}

public sealed record LiveCounts(Dictionary<string, int> Counts, int Total);

public sealed record RideLive(RideCurrentState State, string DisplayStatus, int? CurrentOutageMinutes);

public sealed record LastRunView(Guid Id, DateTime? SlotAt, DateTime? FinishedAt, int ParksOk, int ParksFailed, int SnapshotsWritten);

public sealed record HealthView(string Status, LastRunView? LastRun, int? MinutesSinceLastRun, int FreshParks, int ActiveParks, DateOnly? LastFinalDay, int? AggregationLagDays,
    IReadOnlyList<string> FailingSources);

/// <summary>
/// Every read path composes its numbers here from current-state tables and rollups (never raw snapshots), so the
/// ranking, park page, chart, heatmap and audit of one park and period agree.
/// </summary>
public sealed class ReadModel(ParksDb db, ReportingZone zone, PeriodRollups periods, TimeProvider clock, IOptions<ParksOptions> options)
{
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public TimeSpan LiveMaxAge => TimeSpan.FromMinutes(options.Value.LiveMaxAgeMinutes);

    public ReportingZone Zone => zone;

    public async Task<Dictionary<Guid, Park>> ParksAsync(CancellationToken ct) =>
        await db.Parks.AsNoTracking().ToDictionaryAsync(p => p.Id, ct);

    public async Task<DateTime?> DataAsOfAsync(CancellationToken ct) =>
        await db.ParkStates.AsNoTracking().MaxAsync(s => (DateTime?)s.SlotAt, ct);

    public async Task<bool> AnyCollectedAsync(CancellationToken ct) => await db.ParkSnapshots.AnyAsync(ct) || await db.ParkDays.AnyAsync(ct);

    public async Task<List<ParkFigures>> ParkFiguresAsync(Period period, string filter, CancellationToken ct) =>
        period.Kind == PeriodKind.Live ? await LiveParkFiguresAsync(filter, ct) : await ParkFiguresAsync(period.From, period.To, filter, null, ct);

    public async Task<List<ParkFigures>> ParkFiguresAsync(DateOnly from, DateOnly to, string filter, Guid? parkId, CancellationToken ct)
    {
        var parks = await ParksAsync(ct);
        var cover = periods.Cover(from, to, await periods.ReadyAsync(db, ct));
        var (weeks, months) = Starts(cover);
        var rows = new List<ParkSums>();
        if (cover.Spans.Count > 0)
        {
            rows.AddRange(await db.ParkPeriods.AsNoTracking()
                .Where(s => ((s.Span == Spans.Week && weeks.Contains(s.PeriodStart)) || (s.Span == Spans.Month && months.Contains(s.PeriodStart))) &&
                            (parkId == null || s.ParkId == parkId))
                .GroupBy(s => s.ParkId)
                .Select(g => new ParkSums(g.Key, g.Sum(s => s.CapacityWMin), g.Sum(s => s.DownWMin), g.Sum(s => s.DownMin), g.Sum(s => s.ObservedMin),
                    g.Max(s => s.MaxCountedRides), g.Sum(s => s.Incidents), g.Sum(s => s.WaitSum), g.Sum(s => s.WaitCount), g.Max(s => s.WaitMax),
                    g.Max(s => s.MaxRidesReporting), g.Sum(s => s.OpenMin), g.Max(s => s.MaxRidesWithDowntime), g.Sum(s => s.FallbackMin), g.Sum(s => s.StaleSlots)))
                .ToListAsync(ct));
        }

        if (cover.Days.Count > 0)
        {
            rows.AddRange(await InDays(db.ParkDays.AsNoTracking(), cover)
                .Where(d => parkId == null || d.ParkId == parkId)
                .GroupBy(d => d.ParkId)
                .Select(g => new ParkSums(g.Key, g.Sum(d => d.CapacityWMin), g.Sum(d => d.DownWMin), g.Sum(d => (long)d.DownMin), g.Sum(d => (long)d.ObservedMin),
                    g.Max(d => d.CountedRides), g.Sum(d => d.Incidents), g.Sum(d => d.WaitSum), g.Sum(d => d.WaitCount), g.Max(d => d.WaitMax),
                    g.Max(d => d.RidesReporting), g.Sum(d => d.OpenMin), g.Max(d => d.RidesWithDowntime), g.Sum(d => d.FallbackMin), g.Sum(d => d.StaleSlots)))
                .ToListAsync(ct));
        }

        return rows.GroupBy(r => r.ParkId).Select(g => g.Aggregate(ParkSums.Add))
            .Where(r => parks.ContainsKey(r.ParkId) && QueryArgs.Passes(parks[r.ParkId], filter))
            .Select(r => new ParkFigures(parks[r.ParkId], r.A, r.B, r.Down, r.Obs, r.Counted, r.Incidents, r.WaitSum, r.WaitCount, r.WaitMax, r.Reporting, r.Open,
                r.WithDowntime, null, r.Fallback, r.Stale))
            .ToList();
    }

    /// <summary>Rows of the cover's leftover days; a contiguous run is read as a date range so the (date, park) indexes serve it.</summary>
    private static IQueryable<T> InDays<T>(IQueryable<T> rows, PeriodCover cover) where T : class, IDayRow
    {
        var (days, first, last) = (cover.Days, cover.Days[0], cover.Days[^1]);
        return last.DayNumber - first.DayNumber + 1 == days.Count
            ? rows.Where(d => d.LocalDate >= first && d.LocalDate <= last)
            : rows.Where(d => days.Contains(d.LocalDate));
    }

    private static (List<DateOnly> Weeks, List<DateOnly> Months) Starts(PeriodCover cover) =>
        (cover.Spans.Where(s => s.Span == Spans.Week).Select(s => s.Start).ToList(), cover.Spans.Where(s => s.Span == Spans.Month).Select(s => s.Start).ToList());

    /// <summary>Live: the latest slot of each park, only while it is at most 30 minutes old and the park is open.</summary>
    public async Task<List<ParkFigures>> LiveParkFiguresAsync(string filter, CancellationToken ct)
    {
        var parks = await ParksAsync(ct);
        var cutoff = Now - LiveMaxAge;
        var states = await db.ParkStates.AsNoTracking().Where(s => s.SlotAt >= cutoff).ToListAsync(ct);
        var rides = await db.RideStates.AsNoTracking().Where(s => s.SlotAt >= cutoff && s.Counted).ToListAsync(ct);
        return states.Where(s => parks.ContainsKey(s.ParkId) && parks[s.ParkId].IsActive && QueryArgs.Passes(parks[s.ParkId], filter) && s.Open)
            .Select(s =>
            {
                var counted = rides.Where(r => r.ParkId == s.ParkId && r.SlotAt == s.SlotAt).ToList();
                return new ParkFigures(parks[s.ParkId], s.LiveA, s.LiveB, counted.Count(r => r.CountedDown), counted.Count, counted.Count,
                    counted.Count(r => r.CountedDown), (long)(s.AvgWait ?? 0) * s.RidesReporting, s.AvgWait is null ? 0 : s.RidesReporting, s.MaxWait,
                    s.RidesReporting, 0, counted.Count(r => r.CountedDown), s.Open, 0, s.Stale ? 1 : 0);
            })
            .ToList();
    }

    /// <summary>Active attractions with day rows in the period; <paramref name="only"/> limits the rides read (e.g. one page's).</summary>
    public async Task<List<RideFigures>> RideFiguresAsync(DateOnly from, DateOnly to, string filter, Guid? parkId, Guid? rideId, CancellationToken ct,
        IReadOnlyCollection<Guid>? only = null)
    {
        var parks = await ParksAsync(ct);
        var rides = await db.Rides.AsNoTracking()
            .Where(r => r.IsActive && r.Category == RideCategories.Attraction && (parkId == null || r.ParkId == parkId) && (rideId == null || r.Id == rideId) &&
                        (only == null || only.Contains(r.Id)))
            .Select(r => new Ride
            {
                Id = r.Id,
                ParkId = r.ParkId,
                Name = r.Name,
                Land = r.Land,
                Category = r.Category,
                Tier = r.Tier,
                TierSource = r.TierSource,
                TpwId = r.TpwId,
                QtId = r.QtId,
                IsActive = r.IsActive,
            })
            .ToDictionaryAsync(r => r.Id, ct);
        return (await RideSumsAsync(from, to, parkId, rideId, only, ct))
            .Where(r => rides.TryGetValue(r.RideId, out var ride) && QueryArgs.Passes(parks[ride.ParkId], filter))
            .Select(r => new RideFigures(rides[r.RideId], parks[rides[r.RideId].ParkId], r.Down, r.Obs, r.Incidents, r.Longest, r.WaitSum, r.WaitCount, r.WaitMax,
                r.Operated, r.Operated > 0))
            .ToList();
    }

    /// <summary>
    /// Each ride's sums over the period (span rows, then the leftover days), without catalogue columns; inactive and
    /// non-attraction rides are included, so callers filter them.
    /// </summary>
    internal async Task<List<RideSums>> RideSumsAsync(DateOnly from, DateOnly to, Guid? parkId, Guid? rideId, IReadOnlyCollection<Guid>? only, CancellationToken ct)
    {
        var cover = periods.Cover(from, to, await periods.ReadyAsync(db, ct));
        var (weeks, months) = Starts(cover);
        var rows = new List<RideSums>();
        if (cover.Spans.Count > 0)
        {
            rows.AddRange(await db.RidePeriods.AsNoTracking()
                .Where(s => ((s.Span == Spans.Week && weeks.Contains(s.PeriodStart)) || (s.Span == Spans.Month && months.Contains(s.PeriodStart))) &&
                            (parkId == null || s.ParkId == parkId) && (rideId == null || s.RideId == rideId) && (only == null || only.Contains(s.RideId)))
                .GroupBy(s => s.RideId)
                .Select(g => new RideSums(g.Key, g.Sum(s => s.CountedDownMin), g.Sum(s => s.CountedObservedMin), g.Sum(s => s.CountedIncidents),
                    g.Max(s => s.LongestOutageMin), g.Sum(s => s.WaitSum), g.Sum(s => s.WaitCount), g.Max(s => s.WaitMax), g.Sum(s => s.CountedDays)))
                .ToListAsync(ct));
        }

        if (cover.Days.Count > 0)
        {
            rows.AddRange(await InDays(db.RideDays.AsNoTracking(), cover)
                .Where(d => (parkId == null || d.ParkId == parkId) && (rideId == null || d.RideId == rideId) &&
                            (only == null || only.Contains(d.RideId)))
                .GroupBy(d => d.RideId)
                .Select(g => new RideSums(g.Key,
                    g.Where(d => d.ExclusionReason == null).Sum(d => (long)d.DownMin),
                    g.Where(d => d.ExclusionReason == null).Sum(d => (long)d.ObservedMin),
                    g.Where(d => d.ExclusionReason == null).Sum(d => d.DownRunStarts),
                    g.Where(d => d.ExclusionReason == null).Max(d => (int?)d.LongestOutageMin) ?? 0,
                    g.Sum(d => (long)d.WaitSum),
                    g.Sum(d => d.WaitCount),
                    g.Max(d => d.WaitMax),
                    g.Count(d => d.ExclusionReason == null)))
                .ToListAsync(ct));
        }

        return rows.GroupBy(r => r.RideId).Select(g => g.Aggregate(RideSums.Add)).ToList();
    }

    /// <summary>Display status now (spec §4.4) for the active attractions of one or all parks.</summary>
    public async Task<Dictionary<Guid, RideLive>> LiveRidesAsync(Guid? parkId, CancellationToken ct, IReadOnlyCollection<Guid>? only = null)
    {
        var now = Now;
        var states = await db.RideStates.AsNoTracking().Where(s => (parkId == null || s.ParkId == parkId) && (only == null || only.Contains(s.RideId))).ToListAsync(ct);
        var rides = await db.Rides.AsNoTracking()
            .Where(r => r.IsActive && r.Category == RideCategories.Attraction && (parkId == null || r.ParkId == parkId) && (only == null || only.Contains(r.Id)))
            .Select(r => new { r.Id, r.ParkId }).ToListAsync(ct);
        var openNow = await OpenNowAsync(parkId, ct);
        var byRide = states.ToDictionary(s => s.RideId);
        var result = new Dictionary<Guid, RideLive>();
        foreach (var ride in rides)
        {
            byRide.TryGetValue(ride.Id, out var state);
            state ??= new RideCurrentState { RideId = ride.Id, ParkId = ride.ParkId, Status = RideStatus.Unknown, SlotAt = DateTime.MinValue };
            var display = !openNow.Contains(ride.ParkId) ? "PARK_CLOSED"
                : now - state.SlotAt > LiveMaxAge || state.Status == RideStatus.Unknown ? "NO_DATA"
                : state.CountedDown ? "DOWN"
                : state.Status == RideStatus.Down ? "CLOSED"
                : StatusNames.Of(state.Status);
            int? outage = display == "DOWN" && state.DownSince is { } since ? (int)(state.SlotAt - since).TotalMinutes + 10 : null;
            result[ride.Id] = new RideLive(state, display, outage);
        }

        return result;
    }

    /// <summary>
    /// The display-status counts of <see cref="LiveRidesAsync"/> for all active attractions (or one park's), counted in the
    /// database instead of per ride: rides of closed parks are PARK_CLOSED, fresh known states count by status, the rest NO_DATA.
    /// </summary>
    public async Task<LiveCounts> LiveCountsAsync(Guid? parkId, CancellationToken ct)
    {
        var cutoff = Now - LiveMaxAge;
        var open = await OpenNowAsync(parkId, ct);
        var perPark = await db.Rides.AsNoTracking().Where(r => r.IsActive && r.Category == RideCategories.Attraction && (parkId == null || r.ParkId == parkId))
            .GroupBy(r => r.ParkId).Select(g => new { ParkId = g.Key, Count = g.Count() }).ToListAsync(ct);
        var known = await db.RideStates.AsNoTracking()
            .Where(s => open.Contains(s.ParkId) && s.SlotAt >= cutoff && s.Status != RideStatus.Unknown &&
                        db.Rides.Any(r => r.Id == s.RideId && r.IsActive && r.Category == RideCategories.Attraction))
            .GroupBy(s => new { s.CountedDown, s.Status }).Select(g => new { g.Key.CountedDown, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        int Known(Func<bool, RideStatus, bool> test) => known.Where(k => test(k.CountedDown, k.Status)).Sum(k => k.Count);
        var inOpenParks = perPark.Where(p => open.Contains(p.ParkId)).Sum(p => p.Count);
        return new LiveCounts(new Dictionary<string, int>
        {
            ["OPERATING"] = Known((down, status) => !down && status == RideStatus.Operating),
            ["DOWN"] = Known((down, _) => down),
            ["CLOSED"] = Known((down, status) => !down && status is RideStatus.Down or RideStatus.Closed),
            ["REFURBISHMENT"] = Known((down, status) => !down && status == RideStatus.Refurbishment),
            ["PARK_CLOSED"] = perPark.Sum(p => p.Count) - inOpenParks,
            ["NO_DATA"] = inOpenParks - known.Sum(k => k.Count),
        }, perPark.Sum(p => p.Count));
    }

    /// <summary>Parks whose latest fresh snapshot says open (the same test the live shame uses).</summary>
    public async Task<HashSet<Guid>> OpenNowAsync(Guid? parkId, CancellationToken ct)
    {
        var cutoff = Now - LiveMaxAge;
        return (await db.ParkStates.AsNoTracking().Where(s => (parkId == null || s.ParkId == parkId) && s.Open && s.SlotAt >= cutoff)
            .Select(s => s.ParkId).ToListAsync(ct)).ToHashSet();
    }

    public async Task<HealthView> HealthAsync(CancellationToken ct)
    {
        var now = Now;
        var last = await db.Runs.AsNoTracking().Where(r => r.Kind == "collect" && r.FinishedAt != null && r.SnapshotsWritten > 0)
            .OrderByDescending(r => r.FinishedAt).FirstOrDefaultAsync(ct);
        var active = await db.Parks.CountAsync(p => p.IsActive, ct);
        var fresh = await db.ParkStates.CountAsync(s => s.SlotAt >= now.AddMinutes(-25), ct);
        var lastFinal = await db.ParkDays.Where(d => d.IsFinal).MaxAsync(d => (DateOnly?)d.LocalDate, ct);
        var failing = await db.Issues.Where(i => i.OpenKey != null && i.Type == "SOURCE_FAILURE").Select(i => i.Source).Distinct().ToListAsync(ct);
        var failedChecks = await db.Issues.AnyAsync(i => i.OpenKey != null && i.Type == "INCONSISTENT_DATA", ct);
        int? minutes = last?.FinishedAt is { } f ? (int)(now - f).TotalMinutes : null;
        var status = minutes is null || minutes > 60 ? "unhealthy"
            : minutes <= 25 && active > 0 && fresh >= 0.9 * active && !failedChecks ? "healthy"
            : "degraded";
        var today = zone.LocalDateOf(now);
        return new HealthView(status,
            last is null ? null : new LastRunView(last.Id, last.SlotAt, last.FinishedAt, last.ParksOk, last.ParksFailed, last.SnapshotsWritten),
            minutes, fresh, active, lastFinal, lastFinal is { } d ? today.DayNumber - d.DayNumber - 1 : null, failing);
    }

    public async Task<IReadOnlyList<OpenWindow>> WindowsAsync(Guid parkId, DateTime from, DateTime to, CancellationToken ct) =>
        Rollups.EffectiveWindows(await db.Schedules.AsNoTracking().Where(s => s.ParkId == parkId && s.OpensAt < to && s.ClosesAt > from).ToListAsync(ct),
            options.Value.Schedule.OpenTypes);
}
