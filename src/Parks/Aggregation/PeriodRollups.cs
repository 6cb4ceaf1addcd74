using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartet.Parks.Data;

namespace Quartet.Parks.Aggregation;

/// <summary>One week or month of roll-ups: <paramref name="Span"/> starting on <paramref name="Start"/>.</summary>
public sealed record SpanKey(string Span, DateOnly Start);

/// <summary>
/// A date range split into whole calendar months, whole weeks and the single days left over, so a period reads at most
/// one roll-up row per entity and span instead of one per day.
/// </summary>
public sealed record PeriodCover(IReadOnlyList<SpanKey> Spans, IReadOnlyList<DateOnly> Days)
{
    public static PeriodCover DaysOnly(DateOnly from, DateOnly to) =>
        new([], Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Select(from.AddDays).ToList());

    /// <summary>Whole months first, then whole weeks in what is left before and after them, then single days.</summary>
    public static PeriodCover Of(DateOnly from, DateOnly to, DayOfWeek weekStartsOn)
    {
        var spans = new List<SpanKey>();
        var days = new List<DateOnly>();
        var firstMonth = from.Day == 1 ? from : PeriodRollups.MonthStart(from).AddMonths(1);
        var month = firstMonth;
        while (month.AddMonths(1).AddDays(-1) <= to)
        {
            spans.Add(new SpanKey(Data.Spans.Month, month));
            month = month.AddMonths(1);
        }

        var segments = month == firstMonth ? [(from, to)] : new[] { (from, firstMonth.AddDays(-1)), (month, to) };
        foreach (var (start, end) in segments)
        {
            var date = start;
            while (date <= end)
            {
                if (date.DayOfWeek == weekStartsOn && date.AddDays(6) <= end)
                {
                    spans.Add(new SpanKey(Data.Spans.Week, date));
                    date = date.AddDays(7);
                }
                else
                {
                    days.Add(date);
                    date = date.AddDays(1);
                }
            }
        }

        return new PeriodCover(spans, days);
    }
}

/// <summary>
/// Week and month roll-ups of park and ride day rows. Every write of a (park, day) rebuilds that park's week and month
/// containing the day from its day rows in the same transaction, so a span row always equals the sum over its days.
/// </summary>
public sealed class PeriodRollups(IOptions<ParksOptions> options)
{
    public DayOfWeek WeekStartsOn => options.Value.WeekStartsOn;

    public static DateOnly MonthStart(DateOnly date) => new(date.Year, date.Month, 1);

    public DateOnly WeekStart(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek - (int)WeekStartsOn + 7) % 7));

    /// <summary>True when the span rows were built with the configured week start (else readers sum day rows).</summary>
    public async Task<bool> ReadyAsync(ParksDb db, CancellationToken ct) =>
        await db.Versions.AsNoTracking().Where(v => v.Id == 1).Select(v => v.PeriodWeekStart).FirstOrDefaultAsync(ct) == (int)WeekStartsOn;

    public PeriodCover Cover(DateOnly from, DateOnly to, bool ready) => ready ? PeriodCover.Of(from, to, WeekStartsOn) : PeriodCover.DaysOnly(from, to);

    /// <summary>Rebuilds the park's week and month containing <paramref name="date"/>; the day rows must be saved already.</summary>
    public async Task RebuildAsync(ParksDb db, Guid parkId, DateOnly date, CancellationToken ct)
    {
        var week = WeekStart(date);
        var month = MonthStart(date);
        await RebuildAsync(db, parkId, [new SpanKey(Spans.Week, week), new SpanKey(Spans.Month, month)], ct);
    }

    /// <summary>Rebuilds every week and month of one park from its day rows (first build, or after the week start changed).</summary>
    public async Task RebuildAllAsync(ParksDb db, Guid parkId, CancellationToken ct)
    {
        await db.ParkPeriods.Where(s => s.ParkId == parkId).ExecuteDeleteAsync(ct);
        await db.RidePeriods.Where(s => s.ParkId == parkId).ExecuteDeleteAsync(ct);
        var dates = await db.ParkDays.AsNoTracking().Where(d => d.ParkId == parkId).Select(d => d.LocalDate)
            .Union(db.RideDays.AsNoTracking().Where(d => d.ParkId == parkId).Select(d => d.LocalDate))
            .ToListAsync(ct);
        var spans = dates.Select(d => new SpanKey(Spans.Week, WeekStart(d))).Concat(dates.Select(d => new SpanKey(Spans.Month, MonthStart(d)))).Distinct().ToList();
        await RebuildAsync(db, parkId, spans, ct);
    }

    public static Task MarkBuiltAsync(ParksDb db, DayOfWeek weekStartsOn, CancellationToken ct) =>
        db.Versions.Where(v => v.Id == 1).ExecuteUpdateAsync(s => s.SetProperty(v => v.PeriodWeekStart, (int)weekStartsOn), ct);

    private async Task RebuildAsync(ParksDb db, Guid parkId, IReadOnlyList<SpanKey> spans, CancellationToken ct)
    {
        if (spans.Count == 0)
        {
            return;
        }

        var ranges = spans.Select(s => (Key: s, End: End(s))).ToList();
        var from = ranges.Min(r => r.Key.Start);
        var to = ranges.Max(r => r.End);
        foreach (var span in spans)
        {
            await db.ParkPeriods.Where(s => s.ParkId == parkId && s.Span == span.Span && s.PeriodStart == span.Start).ExecuteDeleteAsync(ct);
            await db.RidePeriods.Where(s => s.ParkId == parkId && s.Span == span.Span && s.PeriodStart == span.Start).ExecuteDeleteAsync(ct);
        }

        var parkDays = await db.ParkDays.AsNoTracking().Where(d => d.ParkId == parkId && d.LocalDate >= from && d.LocalDate <= to).ToListAsync(ct);
        var rideDays = await db.RideDays.AsNoTracking().Where(d => d.ParkId == parkId && d.LocalDate >= from && d.LocalDate <= to).ToListAsync(ct);
        foreach (var (key, end) in ranges)
        {
            var parkRows = parkDays.Where(d => d.LocalDate >= key.Start && d.LocalDate <= end).ToList();
            if (parkRows.Count > 0)
            {
                db.ParkPeriods.Add(Sum(key, parkId, parkRows));
            }

            db.RidePeriods.AddRange(rideDays.Where(d => d.LocalDate >= key.Start && d.LocalDate <= end).GroupBy(d => d.RideId).Select(g => Sum(key, parkId, g.Key, g.ToList())));
        }

        await db.SaveChangesAsync(ct);
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity is ParkPeriodStat or RidePeriodStat).ToList())
        {
            entry.State = EntityState.Detached;
        }
    }

    private static DateOnly End(SpanKey key) => key.Span == Spans.Week ? key.Start.AddDays(6) : key.Start.AddMonths(1).AddDays(-1);

    public static ParkPeriodStat Sum(SpanKey key, Guid parkId, IReadOnlyList<ParkDayStat> days) => new()
    {
        Span = key.Span,
        PeriodStart = key.Start,
        ParkId = parkId,
        Days = days.Count,
        CapacityWMin = days.Sum(d => d.CapacityWMin),
        DownWMin = days.Sum(d => d.DownWMin),
        DownMin = days.Sum(d => (long)d.DownMin),
        ObservedMin = days.Sum(d => (long)d.ObservedMin),
        MaxCountedRides = days.Max(d => d.CountedRides),
        Incidents = days.Sum(d => d.Incidents),
        WaitSum = days.Sum(d => d.WaitSum),
        WaitCount = days.Sum(d => d.WaitCount),
        WaitMax = days.Max(d => d.WaitMax),
        MaxRidesReporting = days.Max(d => d.RidesReporting),
        OpenMin = days.Sum(d => d.OpenMin),
        MaxRidesWithDowntime = days.Max(d => d.RidesWithDowntime),
        FallbackMin = days.Sum(d => d.FallbackMin),
        StaleSlots = days.Sum(d => d.StaleSlots),
    };

    public static RidePeriodStat Sum(SpanKey key, Guid parkId, Guid rideId, IReadOnlyList<RideDayStat> days)
    {
        var counted = days.Where(d => d.ExclusionReason == null).ToList();
        return new RidePeriodStat
        {
            Span = key.Span,
            PeriodStart = key.Start,
            RideId = rideId,
            ParkId = parkId,
            Days = days.Count,
            CountedDays = counted.Count,
            CountedDownMin = counted.Sum(d => (long)d.DownMin),
            CountedObservedMin = counted.Sum(d => (long)d.ObservedMin),
            CountedIncidents = counted.Sum(d => d.DownRunStarts),
            LongestOutageMin = counted.Count == 0 ? 0 : counted.Max(d => d.LongestOutageMin),
            WaitSum = days.Sum(d => (long)d.WaitSum),
            WaitCount = days.Sum(d => d.WaitCount),
            WaitMax = days.Max(d => d.WaitMax),
        };
    }
}
