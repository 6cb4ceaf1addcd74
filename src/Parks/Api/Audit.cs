using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Parks.Data;
using Quartet.Parks.Domain;
using Quartet.Platform.Http;

namespace Quartet.Parks.Api;

/// <summary>GET /audit: the computation trace of one displayed figure — inputs per day, contributions, exclusions, provenance and self-checks.</summary>
public static class Audit
{
    public static readonly IReadOnlyList<string> Metrics = ["park-shame", "park-downtime", "park-uptime", "park-wait", "ride-downtime", "ride-uptime", "ride-wait"];

    public static void Map(RouteGroupBuilder api) => api.MapGet("/audit", Handle).RequireRateLimiting(ParksModule.AuditRateLimit);

    private static async Task<IResult> Handle(ReadModel read, ParksDb db, PeriodResolver periods, TimeProvider clock, string? metric, string? id, string? period,
        string? from, string? to, string? displayed, CancellationToken ct)
    {
        if (metric is null || !Metrics.Contains(metric))
        {
            throw new ProblemException(400, "INVALID_METRIC", $"metric must be one of {string.Join(", ", Metrics)}.");
        }

        var p = Common.Resolve(periods, clock, period, from, to);
        decimal? shown = null;
        if (!string.IsNullOrEmpty(displayed))
        {
            shown = decimal.TryParse(displayed, NumberStyles.Number, CultureInfo.InvariantCulture, out var d)
                ? d
                : throw new ProblemException(400, "VALIDATION_FAILED", "displayed must be a number.");
        }

        return metric.StartsWith("park", StringComparison.Ordinal)
            ? TypedResults.Ok(await ParkAsync(read, db, metric, await ParkDetail.FindAsync(read, id ?? "", ct), p, shown, ct))
            : TypedResults.Ok(await RideAsync(read, db, metric, await RideDetail.FindAsync(db, id ?? "", ct), p, shown, ct));
    }

    private static async Task<object> ParkAsync(ReadModel read, ParksDb db, string metric, Park park, Period p, decimal? shown, CancellationToken ct)
    {
        var figures = p.Kind == PeriodKind.Live
            ? (await read.LiveParkFiguresAsync("all", ct)).FirstOrDefault(f => f.Park.Id == park.Id)
            : (await read.ParkFiguresAsync(p.From, p.To, "all", park.Id, ct)).FirstOrDefault();
        var value = figures is null ? null : ParkValue(metric, figures);
        var days = await db.ParkDays.AsNoTracking().Where(d => d.ParkId == park.Id && d.LocalDate >= p.From && d.LocalDate <= p.To).OrderBy(d => d.LocalDate).ToListAsync(ct);
        var hourSums = await db.ParkHours.AsNoTracking().Where(h => h.ParkId == park.Id && h.LocalDate >= p.From && h.LocalDate <= p.To)
            .GroupBy(h => h.LocalDate).Select(g => new { Date = g.Key, A = g.Sum(h => h.CapacityWMin), B = g.Sum(h => h.DownWMin) }).ToDictionaryAsync(x => x.Date, ct);
        var (start, _) = read.Zone.DayWindow(p.From);
        var (_, end) = read.Zone.DayWindow(p.To);
        var runs = await db.ParkSnapshots.AsNoTracking().Where(s => s.ParkId == park.Id && s.SlotAt >= start && s.SlotAt < end)
            .GroupBy(s => s.ParkId).Select(g => new { Slots = g.Count(), Runs = g.Select(s => s.RunId).Distinct().Count() }).FirstOrDefaultAsync(ct);
        var checks = days.Select(d => new
        {
            date = d.LocalDate,
            hourlyAEqualsDaily = !hourSums.TryGetValue(d.LocalDate, out var h) ? d.CapacityWMin == 0 : h.A == d.CapacityWMin,
            hourlyBEqualsDaily = !hourSums.TryGetValue(d.LocalDate, out var hb) ? d.DownWMin == 0 : hb.B == d.DownWMin,
            bWithinA = d.DownWMin <= d.CapacityWMin,
        }).ToList();
        var previous = p.Previous is { } prev ? (await read.ParkFiguresAsync(prev.From, prev.To, "all", park.Id, ct)).FirstOrDefault() : null;
        var previousValue = previous is null ? null : ParkValue(metric, previous);
        var perDay = metric == "park-downtime" && value is { } total && days.Count(d => d.ObservedMin > 0) is > 0 and var open ? Math.Round(total / open, 2, MidpointRounding.AwayFromZero) : value;
        var zScore = Anomalies.ZScore(await PriorParkDaysAsync(db, park.Id, p.From, metric, ct), perDay);
        return new
        {
            metric,
            park = Common.Ref(park),
            period = PeriodView.Of(p),
            attribution = Common.Credits,
            value,
            displayed = shown,
            matches = shown is null ? (bool?)null : shown == value,
            formula = metric switch
            {
                "park-shame" => ShameFormula.Text,
                "park-downtime" => "Σ down minutes of counted rides / 60, rounded to 2 decimals",
                "park-uptime" => "100 × (1 − Σ down minutes / Σ observed minutes) over counted rides, rounded to 1 decimal",
                _ => "Σ qualifying standby waits / number of samples (observed OPERATING, 1–600 min), rounded to whole minutes",
            },
            a = figures?.A,
            b = figures?.B,
            statusModel = park.StatusModel.ToString(),
            inputs = days.Select(d => new
            {
                date = d.LocalDate,
                a = d.CapacityWMin,
                b = d.DownWMin,
                downMin = d.DownMin,
                observedMin = d.ObservedMin,
                countedRides = d.CountedRides,
                openMin = d.OpenMin,
                incidents = d.Incidents,
                waitSum = d.WaitSum,
                waitCount = d.WaitCount,
                shame = ShameFormula.Score(d.CapacityWMin, d.DownWMin),
                isFinal = d.IsFinal,
                formulaVersion = d.FormulaVersion,
            }),
            breakdown = await ParkDetail.BreakdownAsync(read, db, park, p, ct),
            provenance = new
            {
                slots = runs?.Slots,
                runs = runs?.Runs,
                rawAvailable = runs is not null,
                fallbackMinutes = days.Sum(d => d.FallbackMin),
                staleSlots = days.Sum(d => d.StaleSlots),
            },
            checks,
            anomalies = AnomaliesOf(value, previousValue, zScore, perDay),
        };
    }

    private static decimal? ParkValue(string metric, ParkFigures figures) => metric switch
    {
        "park-shame" => figures.Shame,
        "park-downtime" => ShameFormula.Hours(figures.DownMin),
        "park-uptime" => figures.Uptime,
        _ => figures.AvgWait,
    };

    private static decimal? RideValue(string metric, RideFigures figures) => metric switch
    {
        "ride-downtime" => figures.Counted ? ShameFormula.Hours(figures.DownMin) : null,
        "ride-uptime" => figures.Uptime,
        _ => figures.AvgWait,
    };

    /// <summary>
    /// The metric's daily values over the 30 park-days before the period, on days that have one (open, with samples).
    /// Downtime hours add up over days, so the period's value is compared per open day.
    /// </summary>
    private static async Task<List<decimal>> PriorParkDaysAsync(ParksDb db, Guid parkId, DateOnly from, string metric, CancellationToken ct)
    {
        var start = from.AddDays(-30);
        var days = await db.ParkDays.AsNoTracking().Where(d => d.ParkId == parkId && d.LocalDate >= start && d.LocalDate < from && d.ObservedMin > 0).ToListAsync(ct);
        return days.Select(d => metric switch
        {
            "park-shame" => ShameFormula.Score(d.CapacityWMin, d.DownWMin),
            "park-downtime" => ShameFormula.Hours(d.DownMin),
            "park-uptime" => ShameFormula.UptimePct(d.DownMin, d.ObservedMin),
            _ => ShameFormula.AverageWait(d.WaitSum, d.WaitCount),
        }).OfType<decimal>().ToList();
    }

    /// <summary>The same for one ride, on the days it was counted (downtime per counted day).</summary>
    private static async Task<List<decimal>> PriorRideDaysAsync(ParksDb db, Guid rideId, DateOnly from, string metric, CancellationToken ct)
    {
        var start = from.AddDays(-30);
        var days = await db.RideDays.AsNoTracking().Where(d => d.RideId == rideId && d.LocalDate >= start && d.LocalDate < from && d.ExclusionReason == null).ToListAsync(ct);
        return days.Select(d => metric switch
        {
            "ride-downtime" => ShameFormula.Hours(d.DownMin),
            "ride-uptime" => ShameFormula.UptimePct(d.DownMin, d.ObservedMin),
            _ => ShameFormula.AverageWait(d.WaitSum, d.WaitCount),
        }).OfType<decimal>().ToList();
    }

    private static List<object> AnomaliesOf(decimal? value, decimal? previousValue, ZScoreAnomaly? zScore, decimal? compared)
    {
        var found = new List<object>();
        if (zScore is not null)
        {
            found.Add(new { kind = "z_score_vs_prior_30_days", zScore.Mean, zScore.StdDev, zScore.Z, zScore.Days, current = compared });
        }

        if (previousValue is > 0 && value is not null && Math.Abs((value.Value - previousValue.Value) / previousValue.Value) > 2)
        {
            found.Add(new { kind = "change_vs_previous_period", previous = previousValue, current = value });
        }

        return found;
    }

    private static async Task<object> RideAsync(ReadModel read, ParksDb db, string metric, Ride ride, Period p, decimal? shown, CancellationToken ct)
    {
        var park = (await read.ParksAsync(ct))[ride.ParkId];
        var figures = (await read.RideFiguresAsync(p.From, p.To, "all", null, ride.Id, ct)).FirstOrDefault();
        var value = figures is null ? null : RideValue(metric, figures);
        var previous = p.Previous is { } prev ? (await read.RideFiguresAsync(prev.From, prev.To, "all", null, ride.Id, ct)).FirstOrDefault() : null;
        var perDay = metric == "ride-downtime" && value is { } total && figures is { OperatedDays: > 0 } ? Math.Round(total / figures.OperatedDays, 2, MidpointRounding.AwayFromZero) : value;
        var zScore = Anomalies.ZScore(await PriorRideDaysAsync(db, ride.Id, p.From, metric, ct), perDay);
        var days = await db.RideDays.AsNoTracking().Where(d => d.RideId == ride.Id && d.LocalDate >= p.From && d.LocalDate <= p.To).OrderBy(d => d.LocalDate).ToListAsync(ct);
        return new
        {
            metric,
            ride = Common.Ref(ride, park),
            park = Common.Ref(park),
            period = PeriodView.Of(p),
            attribution = Common.Credits,
            value,
            displayed = shown,
            matches = shown is null ? (bool?)null : shown == value,
            formula = metric switch
            {
                "ride-downtime" => "Σ minutes in counted down slots (observed, park open, down status) / 60, on days the ride operated",
                "ride-uptime" => "100 × (1 − down minutes / observed minutes), rounded to 1 decimal, on days the ride operated",
                _ => "Σ qualifying standby waits / number of samples, rounded to whole minutes",
            },
            weight = ShameFormula.Weight(ride.Tier),
            inputs = days.Select(d => new
            {
                date = d.LocalDate,
                counted = d.ExclusionReason is null,
                exclusionReason = d.ExclusionReason,
                weightUsed = d.Weight,
                observedMin = d.ObservedMin,
                downMin = d.DownMin,
                operatingMin = d.OperatingMin,
                closedMin = d.ClosedMin,
                refurbMin = d.RefurbMin,
                unknownMin = d.UnknownMin,
                fallbackMin = d.FallbackMin,
                incidents = d.DownRunStarts,
                waitSum = d.WaitSum,
                waitCount = d.WaitCount,
                isFinal = d.IsFinal,
            }),
            checks = days.Select(d => new { date = d.LocalDate, downWithinObserved = d.DownMin <= d.ObservedMin }),
            anomalies = AnomaliesOf(value, previous is null ? null : RideValue(metric, previous), zScore, perDay),
        };
    }
}
