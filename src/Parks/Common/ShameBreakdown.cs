using Microsoft.EntityFrameworkCore;
using Quartet.Parks.Data;
using Quartet.Parks.Domain;

namespace Quartet.Parks.Common;

public sealed record CountedRide(RideRef Ride, int? Tier, int Weight, string Status, long? DownMin, long? ObsMin, decimal? Contribution, decimal? UptimePct);

public sealed record ExcludedRide(RideRef Ride, string Reason, DateTime? LastOperatedAt, int? DaysSinceOperated);

public sealed record ShameBreakdown(decimal? Score, string? Band, long A, long B, decimal WeightedDowntimeHours, decimal DowntimeHours, decimal? UptimePct,
    int Incidents, int FallbackMinutes, List<CountedRide> Rides, List<ExcludedRide> Excluded)
{
    /// <summary>A park's shame breakdown for a period (park page and audit), from the same figures the rankings use.</summary>
    public static async Task<ShameBreakdown> OfAsync(ReadModel read, ParksDb db, Park park, Period period, CancellationToken ct)
    {
        var figures = period.Kind == PeriodKind.Live
            ? (await read.LiveParkFiguresAsync("all", ct)).FirstOrDefault(f => f.Park.Id == park.Id)
            : (await read.ParkFiguresAsync(period.From, period.To, "all", park.Id, ct)).FirstOrDefault();
        var rides = await db.Rides.AsNoTracking().Where(r => r.ParkId == park.Id).ToListAsync(ct);
        var rideFigures = (await read.RideFiguresAsync(period.From, period.To, "all", park.Id, null, ct)).ToDictionary(r => r.Ride.Id);
        var live = await read.LiveRidesAsync(park.Id, ct);
        var lastReasons = await db.RideDays.AsNoTracking().Where(d => d.ParkId == park.Id && d.LocalDate >= period.From && d.LocalDate <= period.To)
            .GroupBy(d => d.RideId).Select(g => new { RideId = g.Key, Reason = g.OrderByDescending(d => d.LocalDate).Select(d => d.ExclusionReason).First() })
            .ToDictionaryAsync(x => x.RideId, x => x.Reason, ct);
        var a = figures?.A ?? 0;
        var counted = new List<CountedRide>();
        var excluded = new List<ExcludedRide>();
        var today = read.Zone.LocalDateOf(read.Now);
        foreach (var ride in rides.OrderBy(r => r.Name, StringComparer.Ordinal))
        {
            var weight = ShameFormula.Weight(ride.Tier);
            var isCounted = period.Kind == PeriodKind.Live
                ? live.TryGetValue(ride.Id, out var l) && l.State.Counted && l.DisplayStatus is "DOWN" or "OPERATING" or "CLOSED" or "REFURBISHMENT"
                : rideFigures.TryGetValue(ride.Id, out var rf) && rf.Counted;
            if (isCounted && ride.IsActive && ride.Category == RideCategories.Attraction)
            {
                long down, obs;
                if (period.Kind == PeriodKind.Live)
                {
                    (down, obs) = (live[ride.Id].DisplayStatus == "DOWN" ? 1 : 0, 1);
                }
                else
                {
                    (down, obs) = (rideFigures[ride.Id].DownMin, rideFigures[ride.Id].ObservedMin);
                }

                counted.Add(new CountedRide(
                    Views.Ref(ride, park),
                    ride.Tier,
                    weight,
                    live.TryGetValue(ride.Id, out var now) ? now.DisplayStatus : "NO_DATA",
                    period.Kind == PeriodKind.Live ? null : down,
                    period.Kind == PeriodKind.Live ? null : obs,
                    ShameFormula.Contribution(weight, down, period.Kind == PeriodKind.Live ? figures?.A ?? 0 : a),
                    period.Kind == PeriodKind.Live ? null : ShameFormula.UptimePct(down, obs)));
            }
            else
            {
                var reason = !ride.IsActive ? ExclusionReasons.Inactive
                    : ride.Category != RideCategories.Attraction ? ExclusionReasons.NotAttraction
                    : lastReasons.GetValueOrDefault(ride.Id) ?? ExclusionReasons.NoData;
                excluded.Add(new ExcludedRide(
                    Views.Ref(ride, park),
                    reason,
                    ride.LastOperatedAt,
                    ride.LastOperatedAt is { } at ? today.DayNumber - read.Zone.LocalDateOf(at).DayNumber : null));
            }
        }

        return new ShameBreakdown(
            figures?.Shame,
            ShameFormula.Band(figures?.Shame),
            figures?.A ?? 0,
            figures?.B ?? 0,
            ShameFormula.Hours(figures?.B ?? 0),
            ShameFormula.Hours(figures?.DownMin ?? 0),
            figures?.Uptime,
            figures?.Incidents ?? 0,
            figures?.FallbackMin ?? 0,
            counted,
            excluded);
    }
}
