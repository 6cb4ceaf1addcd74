using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Parks.Data;
using Quartet.Parks.Domain;
using Quartet.Platform.Http;

namespace Quartet.Parks.Api;

public sealed record ChartPoint(string Label, DateTime At, decimal? Value, long? A = null, long? B = null);

/// <summary>GET /charts/{type} and /heatmaps/{type}: series of the top entities, hourly for one day, daily for longer periods.</summary>
public static class Charts
{
    public static readonly IReadOnlyList<string> Types = ["park-shame", "park-waits", "ride-downtime", "ride-waits"];

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/charts/{type}", Chart);
        api.MapGet("/heatmaps/{type}", Heatmap);
    }

    private sealed record Column(string Label, DateTime? Hour, DateOnly? Day);

    private sealed record Entity(object Ref, Guid Id, decimal? Value, Dictionary<object, decimal?> Cells);

    private static async Task<IResult> Chart(string type, ReadModel read, ParksDb db, PeriodResolver periods, TimeProvider clock, string? period, string? from,
        string? to, string? filter, string? limit, CancellationToken ct)
    {
        var (p, f, columns, entities, unit) = await BuildAsync(type, read, db, periods, clock, period, from, to, filter, limit, ct);
        var granularity = columns.FirstOrDefault()?.Hour is not null ? "hour" : "day";
        return TypedResults.Ok(new
        {
            type,
            period = PeriodView.Of(p),
            filter = f,
            attribution = Common.Credits,
            dataAsOf = await read.DataAsOfAsync(ct),
            granularity,
            unit,
            emptyReason = entities.Count > 0 ? null : await Rankings.EmptyReason(read, p, ct),
            labels = columns.Select(c => c.Label),
            series = entities.Select(e => new { entity = e.Ref, total = e.Value, values = columns.Select(c => e.Cells.GetValueOrDefault((object?)c.Hour ?? c.Day!.Value)) }),
        });
    }

    private static async Task<IResult> Heatmap(string type, ReadModel read, ParksDb db, PeriodResolver periods, TimeProvider clock, string? period, string? from,
        string? to, string? filter, string? limit, CancellationToken ct)
    {
        if (period == "live")
        {
            throw new ProblemException(400, "PERIOD_NOT_SUPPORTED", "Heatmaps have no live view.");
        }

        var (p, f, columns, entities, unit) = await BuildAsync(type, read, db, periods, clock, period, from, to, filter, limit, ct);
        if (columns.FirstOrDefault()?.Hour is not null)
        {
            // Hours from the earliest to the latest hour holding a value among the listed entities.
            var used = columns.Select((c, i) => (c, i)).Where(x => entities.Any(e => e.Cells.GetValueOrDefault(x.c.Hour!.Value) is not null)).Select(x => x.i).ToList();
            columns = used.Count == 0 ? [] : columns.Skip(used.Min()).Take(used.Max() - used.Min() + 1).ToList();
        }

        return TypedResults.Ok(new
        {
            type,
            period = PeriodView.Of(p),
            filter = f,
            attribution = Common.Credits,
            metric = type,
            unit,
            emptyReason = entities.Count > 0 ? null : await Rankings.EmptyReason(read, p, ct),
            entities = entities.Select((e, i) => new { rank = i + 1, entity = e.Ref, value = e.Value }),
            columns = columns.Select(c => c.Label),
            matrix = entities.Select(e => columns.Select(c => e.Cells.GetValueOrDefault((object?)c.Hour ?? c.Day!.Value))),
        });
    }

    private static async Task<(Period, string, List<Column>, List<Entity>, string)> BuildAsync(string type, ReadModel read, ParksDb db, PeriodResolver periods,
        TimeProvider clock, string? period, string? from, string? to, string? filter, string? limit, CancellationToken ct)
    {
        if (!Types.Contains(type))
        {
            throw new ProblemException(400, "INVALID_TYPE", $"type must be one of {string.Join(", ", Types)}.");
        }

        var p = Common.Resolve(periods, clock, period, from, to);
        var f = Common.Filter(filter);
        var isPark = type.StartsWith("park", StringComparison.Ordinal);
        var n = Common.Limit(limit, isPark ? 10 : 5, 20);
        var hourly = p.Days == 1;
        var columns = hourly
            ? read.Zone.HoursOf(p.From).Select(h => new Column(read.Zone.TimeLabel(h), h, null)).ToList()
            : Enumerable.Range(0, p.Days).Select(p.From.AddDays).Select(d => new Column(d.ToString("MMM d", CultureInfo.InvariantCulture), null, d)).ToList();
        var entities = new List<Entity>();
        if (isPark)
        {
            var figures = p.Kind == PeriodKind.Live ? await read.ParkFiguresAsync(p.From, p.To, f, null, ct) : await read.ParkFiguresAsync(p, f, ct);
            var top = type == "park-shame"
                ? figures.Where(x => x.A > 0).OrderByDescending(x => x.Shame).ThenBy(x => x.Park.Name, StringComparer.Ordinal).Take(n)
                : figures.Where(x => x.WaitCount > 0).OrderByDescending(x => x.AvgWait).ThenBy(x => x.Park.Name, StringComparer.Ordinal).Take(n);
            foreach (var x in top)
            {
                var cells = new Dictionary<object, decimal?>();
                if (hourly)
                {
                    var hours = await db.ParkHours.AsNoTracking().Where(h => h.ParkId == x.Park.Id && h.LocalDate == p.From).ToListAsync(ct);
                    foreach (var h in hours)
                    {
                        cells[h.HourStart] = type == "park-shame" ? ShameFormula.Score(h.CapacityWMin, h.DownWMin) : ShameFormula.AverageWait(h.WaitSum, h.WaitCount);
                    }
                }
                else
                {
                    var days = await db.ParkDays.AsNoTracking().Where(d => d.ParkId == x.Park.Id && d.LocalDate >= p.From && d.LocalDate <= p.To).ToListAsync(ct);
                    foreach (var d in days)
                    {
                        cells[d.LocalDate] = type == "park-shame" ? ShameFormula.Score(d.CapacityWMin, d.DownWMin) : ShameFormula.AverageWait(d.WaitSum, d.WaitCount);
                    }
                }

                entities.Add(new Entity(Common.Ref(x.Park), x.Park.Id, type == "park-shame" ? x.Shame : x.AvgWait, cells));
            }
        }
        else
        {
            var figures = await read.RideFiguresAsync(p.From, p.To, f, null, null, ct);
            var top = type == "ride-downtime"
                ? figures.Where(x => x.Counted && x.DownMin > 0).OrderByDescending(x => x.DownMin).ThenBy(x => x.Ride.Name, StringComparer.Ordinal).Take(n)
                : figures.Where(x => x.WaitCount > 0).OrderByDescending(x => x.AvgWait).ThenBy(x => x.Ride.Name, StringComparer.Ordinal).Take(n);
            foreach (var x in top)
            {
                var cells = new Dictionary<object, decimal?>();
                var countedDays = await db.RideDays.AsNoTracking().Where(d => d.RideId == x.Ride.Id && d.LocalDate >= p.From && d.LocalDate <= p.To)
                    .ToDictionaryAsync(d => d.LocalDate, ct);
                if (hourly)
                {
                    var counted = countedDays.TryGetValue(p.From, out var day) && day.ExclusionReason is null;
                    foreach (var h in await db.RideHours.AsNoTracking().Where(h => h.RideId == x.Ride.Id && h.LocalDate == p.From).ToListAsync(ct))
                    {
                        cells[h.HourStart] = type == "ride-downtime" ? (counted && h.ObservedMin > 0 ? h.DownMin : null) : ShameFormula.AverageWait(h.WaitSum, h.WaitCount);
                    }
                }
                else
                {
                    foreach (var d in countedDays.Values)
                    {
                        cells[d.LocalDate] = type == "ride-downtime" ? (d.ExclusionReason is null ? ShameFormula.Hours(d.DownMin) : null) : ShameFormula.AverageWait(d.WaitSum, d.WaitCount);
                    }
                }

                entities.Add(new Entity(new { ride = Common.Ref(x.Ride, x.Park), park = Common.Ref(x.Park) }, x.Ride.Id,
                    type == "ride-downtime" ? ShameFormula.Hours(x.DownMin) : x.AvgWait, cells));
            }
        }

        var unit = type switch
        {
            "park-shame" => "shame score (0–10)",
            "ride-downtime" => hourly ? "minutes down" : "hours down",
            _ => "minutes (average standby wait)",
        };
        return (p, f, columns, entities, unit);
    }

    /// <summary>A park's shame through the period: 10-minute live points for the last hour, hourly for a day, daily otherwise.</summary>
    public static async Task<object> ParkSeriesAsync(ReadModel read, ParksDb db, Park park, Period period, CancellationToken ct)
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

            return new { granularity = "10min", points };
        }

        if (period.Days == 1)
        {
            var hours = await db.ParkHours.AsNoTracking().Where(h => h.ParkId == park.Id && h.LocalDate == period.From).ToDictionaryAsync(h => h.HourStart, ct);
            return new
            {
                granularity = "hour",
                points = read.Zone.HoursOf(period.From).Select(h => hours.TryGetValue(h, out var s)
                    ? new ChartPoint(read.Zone.TimeLabel(h), h, ShameFormula.Score(s.CapacityWMin, s.DownWMin), s.CapacityWMin, s.DownWMin)
                    : new ChartPoint(read.Zone.TimeLabel(h), h, null)),
            };
        }

        var days = await db.ParkDays.AsNoTracking().Where(d => d.ParkId == park.Id && d.LocalDate >= period.From && d.LocalDate <= period.To)
            .ToDictionaryAsync(d => d.LocalDate, ct);
        return new
        {
            granularity = "day",
            points = Enumerable.Range(0, period.Days).Select(period.From.AddDays).Select(d => days.TryGetValue(d, out var s)
                ? new ChartPoint(d.ToString("MMM d", CultureInfo.InvariantCulture), read.Zone.DayStart(d), ShameFormula.Score(s.CapacityWMin, s.DownWMin), s.CapacityWMin, s.DownWMin)
                : new ChartPoint(d.ToString("MMM d", CultureInfo.InvariantCulture), read.Zone.DayStart(d), null)),
        };
    }
}
