using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Quartet.Parks.Common;
using Quartet.Parks.Data;
using Quartet.Parks.Domain;
using Quartet.Platform.Http;

namespace Quartet.Parks.Charts;

/// <summary>One column of a chart or heatmap: an hour of a one-day period or a day of a longer one.</summary>
public sealed record ChartColumn(string Label, DateTime? Hour, DateOnly? Day)
{
    public object Key => (object?)Hour ?? Day!.Value;
}

/// <summary>One ranked entity of a chart or heatmap, with its period value and its value per column key.</summary>
public sealed record ChartRow(ChartEntity Ref, Guid Id, decimal? Value, Dictionary<object, decimal?> Cells)
{
    public decimal? ValueAt(ChartColumn column) => Cells.GetValueOrDefault(column.Key);
}

/// <summary>The top entities of a chart type in a period, with their cells; the chart and the heatmap draw the same rows.</summary>
public sealed record ChartRows(Period Period, string Filter, List<ChartColumn> Columns, List<ChartRow> Entities, string Unit)
{
    public static readonly IReadOnlyList<string> Types = ["park-shame", "park-waits", "ride-downtime", "ride-waits"];

    public static async Task<ChartRows> BuildAsync(string type, ReadModel read, ParksDb db, PeriodResolver periods,
        TimeProvider clock, string? period, string? from, string? to, string? filter, string? limit, CancellationToken ct)
    {
        if (!Types.Contains(type))
        {
            throw new ProblemException(400, "INVALID_TYPE", $"type must be one of {string.Join(", ", Types)}.");
        }

        var p = QueryArgs.Resolve(periods, clock, period, from, to);
        var f = QueryArgs.Filter(filter);
        var isPark = type.StartsWith("park", StringComparison.Ordinal);
        var n = QueryArgs.Limit(limit, isPark ? 10 : 5, 20);
        var hourly = p.Days == 1;
        var columns = hourly
            ? read.Zone.HoursOf(p.From).Select(h => new ChartColumn(read.Zone.TimeLabel(h), h, null)).ToList()
            : Enumerable.Range(0, p.Days).Select(p.From.AddDays).Select(d => new ChartColumn(d.ToString("MMM d", CultureInfo.InvariantCulture), null, d)).ToList();
        var entities = new List<ChartRow>();
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

                entities.Add(new ChartRow(Views.Ref(x.Park), x.Park.Id, type == "park-shame" ? x.Shame : x.AvgWait, cells));
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

                entities.Add(new ChartRow(new RideAndPark(Views.Ref(x.Ride, x.Park), Views.Ref(x.Park)), x.Ride.Id,
                    type == "ride-downtime" ? ShameFormula.Hours(x.DownMin) : x.AvgWait, cells));
            }
        }

        var unit = type switch
        {
            "park-shame" => "shame score (0–10)",
            "ride-downtime" => hourly ? "minutes down" : "hours down",
            _ => "minutes (average standby wait)",
        };
        return new ChartRows(p, f, columns, entities, unit);
    }
}
