using Microsoft.EntityFrameworkCore;
using Quartet.Parks.Common;
using Quartet.Parks.Data;
using Quartet.Parks.Domain;

namespace Quartet.Parks.Audit;

public sealed record ParkAuditDay(DateOnly Date, long A, long B, int DownMin, int ObservedMin, int CountedRides, int OpenMin, int Incidents, long WaitSum,
    int WaitCount, decimal? Shame, bool IsFinal, int FormulaVersion);

public sealed record AuditProvenance(int? Slots, int? Runs, bool RawAvailable, int FallbackMinutes, int StaleSlots);

public sealed record ParkAuditCheck(DateOnly Date, bool HourlyAEqualsDaily, bool HourlyBEqualsDaily, bool BWithinA);

/// <summary>The trace of a park figure: its inputs per day, the shame breakdown, provenance, self-checks and anomalies.</summary>
public sealed record ParkAudit(string Metric, ParkRef Park, PeriodView Period, IReadOnlyList<Attribution> Attribution, decimal? Value, decimal? Displayed,
    bool? Matches, string Formula, long? A, long? B, string StatusModel, IEnumerable<ParkAuditDay> Inputs, ShameBreakdown Breakdown, AuditProvenance Provenance,
    List<ParkAuditCheck> Checks, List<AuditAnomaly> Anomalies) : AuditTrace
{
    public static async Task<ParkAudit> OfAsync(ReadModel read, ParksDb db, string metric, Park park, Period p, decimal? shown, CancellationToken ct)
    {
        var figures = p.Kind == PeriodKind.Live
            ? (await read.LiveParkFiguresAsync("all", ct)).FirstOrDefault(f => f.Park.Id == park.Id)
            : (await read.ParkFiguresAsync(p.From, p.To, "all", park.Id, ct)).FirstOrDefault();
        var value = figures is null ? null : ValueOf(metric, figures);
        var days = await db.ParkDays.AsNoTracking().Where(d => d.ParkId == park.Id && d.LocalDate >= p.From && d.LocalDate <= p.To).OrderBy(d => d.LocalDate).ToListAsync(ct);
        var hourSums = await db.ParkHours.AsNoTracking().Where(h => h.ParkId == park.Id && h.LocalDate >= p.From && h.LocalDate <= p.To)
            .GroupBy(h => h.LocalDate).Select(g => new { Date = g.Key, A = g.Sum(h => h.CapacityWMin), B = g.Sum(h => h.DownWMin) }).ToDictionaryAsync(x => x.Date, ct);
        var (start, _) = read.Zone.DayWindow(p.From);
        var (_, end) = read.Zone.DayWindow(p.To);
        var runs = await db.ParkSnapshots.AsNoTracking().Where(s => s.ParkId == park.Id && s.SlotAt >= start && s.SlotAt < end)
            .GroupBy(s => s.ParkId).Select(g => new { Slots = g.Count(), Runs = g.Select(s => s.RunId).Distinct().Count() }).FirstOrDefaultAsync(ct);
        var checks = days.Select(d => new ParkAuditCheck(
            d.LocalDate,
            !hourSums.TryGetValue(d.LocalDate, out var h) ? d.CapacityWMin == 0 : h.A == d.CapacityWMin,
            !hourSums.TryGetValue(d.LocalDate, out var hb) ? d.DownWMin == 0 : hb.B == d.DownWMin,
            d.DownWMin <= d.CapacityWMin)).ToList();
        var previous = p.Previous is { } prev ? (await read.ParkFiguresAsync(prev.From, prev.To, "all", park.Id, ct)).FirstOrDefault() : null;
        var previousValue = previous is null ? null : ValueOf(metric, previous);
        var perDay = metric == "park-downtime" && value is { } total && days.Count(d => d.ObservedMin > 0) is > 0 and var open ? Math.Round(total / open, 2, MidpointRounding.AwayFromZero) : value;
        var zScore = Domain.Anomalies.ZScore(await PriorDaysAsync(db, park.Id, p.From, metric, ct), perDay);
        return new ParkAudit(
            metric,
            Views.Ref(park),
            PeriodView.Of(p),
            Views.Credits,
            value,
            shown,
            shown is null ? null : shown == value,
            metric switch
            {
                "park-shame" => ShameFormula.Text,
                "park-downtime" => "Σ down minutes of counted rides / 60, rounded to 2 decimals",
                "park-uptime" => "100 × (1 − Σ down minutes / Σ observed minutes) over counted rides, rounded to 1 decimal",
                _ => "Σ qualifying standby waits / number of samples (observed OPERATING, 1–600 min), rounded to whole minutes",
            },
            figures?.A,
            figures?.B,
            park.StatusModel.ToString(),
            days.Select(d => new ParkAuditDay(d.LocalDate, d.CapacityWMin, d.DownWMin, d.DownMin, d.ObservedMin, d.CountedRides, d.OpenMin, d.Incidents,
                d.WaitSum, d.WaitCount, ShameFormula.Score(d.CapacityWMin, d.DownWMin), d.IsFinal, d.FormulaVersion)),
            await ShameBreakdown.OfAsync(read, db, park, p, ct),
            new AuditProvenance(runs?.Slots, runs?.Runs, runs is not null, days.Sum(d => d.FallbackMin), days.Sum(d => d.StaleSlots)),
            checks,
            AuditAnomaly.Of(value, previousValue, zScore, perDay));
    }

    private static decimal? ValueOf(string metric, ParkFigures figures) => metric switch
    {
        "park-shame" => figures.Shame,
        "park-downtime" => ShameFormula.Hours(figures.DownMin),
        "park-uptime" => figures.Uptime,
        _ => figures.AvgWait,
    };

    /// <summary>
    /// The metric's daily values over the 30 park-days before the period, on days that have one (open, with samples).
    /// Downtime hours add up over days, so the period's value is compared per open day.
    /// </summary>
    private static async Task<List<decimal>> PriorDaysAsync(ParksDb db, Guid parkId, DateOnly from, string metric, CancellationToken ct)
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
}
