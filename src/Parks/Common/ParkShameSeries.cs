using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Quartet.Parks.Data;
using Quartet.Parks.Domain;

namespace Quartet.Parks.Common;

public sealed record ChartPoint(string Label, DateTime At, decimal? Value, long? A = null, long? B = null);

/// <summary>A park's shame through a period, on its park page.</summary>
public sealed record ParkShameSeries(string Granularity, List<ChartPoint> Points)
{
    /// <summary>A park's shame through the period: 10-minute live points for the last hour, hourly for a day, daily otherwise.</summary>
    public static async Task<ParkShameSeries> OfAsync(ReadModel read, ParksDb db, Park park, Period period, CancellationToken ct)
    {
        if (period.Kind == PeriodKind.Live)
        {
            var now = read.Now;
            var (dayStart, dayEnd) = read.Zone.DayWindow(read.Zone.LocalDateOf(now));
            var rides = await db.Rides.AsNoTracking().Where(r => r.ParkId == park.Id).Select(r => new EngineRide(r.Id, r.Tier, r.Category, r.IsActive)).ToListAsync(ct);
            var snapshots = await db.RideSnapshots.AsNoTracking().Where(s => s.ParkId == park.Id && s.SlotAt >= dayStart && s.SlotAt <= now)
                .Select(s => new EngineSnapshot(s.RideId, s.SlotAt, s.Status, s.WaitMinutes, s.IntervalMinutes, s.Fallback, s.Stale)).ToListAsync(ct);
            var windows = await read.WindowsAsync(park.Id, dayStart, dayEnd, ct);
            var points = new List<ChartPoint>();
            foreach (var slot in snapshots.Select(s => s.SlotAt).Where(s => s >= now.AddMinutes(-60)).Distinct().Order())
            {
                var live = ParkDayEngine.Compute(new ParkDayInput(park.Id, park.StatusModel, read.Zone.LocalDateOf(slot), dayStart, dayEnd, windows, rides,
                    snapshots.Where(s => s.SlotAt <= slot).ToList(), 1, false)).Live;
                points.Add(new ChartPoint(read.Zone.TimeLabel(slot), slot, live is { ParkOpen: true } ? ShameFormula.Score(live.CapacityW, live.DownW) : null,
                    live?.CapacityW, live?.DownW));
            }

            return new ParkShameSeries("10min", points);
        }

        if (period.Days == 1)
        {
            var hours = await db.ParkHours.AsNoTracking().Where(h => h.ParkId == park.Id && h.LocalDate == period.From).ToDictionaryAsync(h => h.HourStart, ct);
            return new ParkShameSeries(
                "hour",
                read.Zone.HoursOf(period.From).Select(h => hours.TryGetValue(h, out var s)
                    ? new ChartPoint(read.Zone.TimeLabel(h), h, ShameFormula.Score(s.CapacityWMin, s.DownWMin), s.CapacityWMin, s.DownWMin)
                    : new ChartPoint(read.Zone.TimeLabel(h), h, null)).ToList());
        }

        var days = await db.ParkDays.AsNoTracking().Where(d => d.ParkId == park.Id && d.LocalDate >= period.From && d.LocalDate <= period.To)
            .ToDictionaryAsync(d => d.LocalDate, ct);
        return new ParkShameSeries(
            "day",
            Enumerable.Range(0, period.Days).Select(period.From.AddDays).Select(d => days.TryGetValue(d, out var s)
                ? new ChartPoint(d.ToString("MMM d", CultureInfo.InvariantCulture), read.Zone.DayStart(d), ShameFormula.Score(s.CapacityWMin, s.DownWMin), s.CapacityWMin, s.DownWMin)
                : new ChartPoint(d.ToString("MMM d", CultureInfo.InvariantCulture), read.Zone.DayStart(d), null)).ToList());
    }
}
