using Microsoft.EntityFrameworkCore;
using Quartet.Parks.Common;
using Quartet.Parks.Data;
using Quartet.Parks.Domain;

namespace Quartet.Parks.Audit;

public sealed record RideAuditDay(DateOnly Date, bool Counted, string? ExclusionReason, int WeightUsed, int ObservedMin, int DownMin, int OperatingMin,
    int ClosedMin, int RefurbMin, int UnknownMin, int FallbackMin, int Incidents, int WaitSum, int WaitCount, bool IsFinal);

public sealed record RideAuditCheck(DateOnly Date, bool DownWithinObserved);

/// <summary>The trace of a ride figure: its inputs per day, self-checks and anomalies.</summary>
public sealed record RideAudit(string Metric, RideRef Ride, ParkRef Park, PeriodView Period, IReadOnlyList<Attribution> Attribution, decimal? Value,
    decimal? Displayed, bool? Matches, string Formula, int Weight, IEnumerable<RideAuditDay> Inputs, IEnumerable<RideAuditCheck> Checks,
    List<AuditAnomaly> Anomalies) : AuditTrace
{
    public static async Task<RideAudit> OfAsync(ReadModel read, ParksDb db, string metric, Ride ride, Period p, decimal? shown, CancellationToken ct)
    {
        var park = (await read.ParksAsync(ct))[ride.ParkId];
        var figures = (await read.RideFiguresAsync(p.From, p.To, "all", null, ride.Id, ct)).FirstOrDefault();
        var value = figures is null ? null : ValueOf(metric, figures);
        var previous = p.Previous is { } prev ? (await read.RideFiguresAsync(prev.From, prev.To, "all", null, ride.Id, ct)).FirstOrDefault() : null;
        var perDay = metric == "ride-downtime" && value is { } total && figures is { OperatedDays: > 0 } ? Math.Round(total / figures.OperatedDays, 2, MidpointRounding.AwayFromZero) : value;
        var zScore = Domain.Anomalies.ZScore(await PriorDaysAsync(db, ride.Id, p.From, metric, ct), perDay);
        var days = await db.RideDays.AsNoTracking().Where(d => d.RideId == ride.Id && d.LocalDate >= p.From && d.LocalDate <= p.To).OrderBy(d => d.LocalDate).ToListAsync(ct);
        return new RideAudit(
            metric,
            Views.Ref(ride, park),
            Views.Ref(park),
            PeriodView.Of(p),
            Views.Credits,
            value,
            shown,
            shown is null ? null : shown == value,
            metric switch
            {
                "ride-downtime" => "Σ minutes in counted down slots (observed, park open, down status) / 60, on days the ride operated",
                "ride-uptime" => "100 × (1 − down minutes / observed minutes), rounded to 1 decimal, on days the ride operated",
                _ => "Σ qualifying standby waits / number of samples, rounded to whole minutes",
            },
            ShameFormula.Weight(ride.Tier),
            days.Select(d => new RideAuditDay(d.LocalDate, d.ExclusionReason is null, d.ExclusionReason, d.Weight, d.ObservedMin, d.DownMin, d.OperatingMin,
                d.ClosedMin, d.RefurbMin, d.UnknownMin, d.FallbackMin, d.DownRunStarts, d.WaitSum, d.WaitCount, d.IsFinal)),
            days.Select(d => new RideAuditCheck(d.LocalDate, d.DownMin <= d.ObservedMin)),
            AuditAnomaly.Of(value, previous is null ? null : ValueOf(metric, previous), zScore, perDay));
    }
    private static decimal? ValueOf(string metric, RideFigures figures) => metric switch
    {
        "ride-downtime" => figures.Counted ? ShameFormula.Hours(figures.DownMin) : null,
        "ride-uptime" => figures.Uptime,
        _ => figures.AvgWait,
    };

    /// <summary>The same for one ride, on the days it was counted (downtime per counted day).</summary>
    private static async Task<List<decimal>> PriorDaysAsync(ParksDb db, Guid rideId, DateOnly from, string metric, CancellationToken ct)
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
}
