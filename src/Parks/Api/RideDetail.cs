using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Parks.Data;
using Quartet.Parks.Domain;
using Quartet.Platform.Http;

namespace Quartet.Parks.Api;

/// <summary>GET /rides/{id}: summary, timeline (10-minute while raw data is kept, else hourly), hourly breakdown, downtime events.</summary>
public static class RideDetail
{
    private static readonly RideStatus[] Precedence = [RideStatus.Operating, RideStatus.Down, RideStatus.Closed, RideStatus.Refurbishment];

    public static void Map(RouteGroupBuilder api) => api.MapGet("/rides/{id}", Detail);

    public static async Task<Ride> FindAsync(ParksDb db, string id, CancellationToken ct) =>
        Guid.TryParse(id, out var rideId) && await db.Rides.AsNoTracking().FirstOrDefaultAsync(r => r.Id == rideId, ct) is { } ride
            ? ride
            : throw new ProblemException(404, "RIDE_NOT_FOUND", $"No ride '{id}'.");

    private static async Task<IResult> Detail(string id, ReadModel read, ParksDb db, PeriodResolver periods, TimeProvider clock, string? period, string? from,
        string? to, CancellationToken ct)
    {
        var ride = await FindAsync(db, id, ct);
        var p = Common.Resolve(periods, clock, period, from, to);
        var park = (await read.ParksAsync(ct))[ride.ParkId];
        var figures = (await read.RideFiguresAsync(p.From, p.To, "all", null, ride.Id, ct)).FirstOrDefault();
        var live = (await read.LiveRidesAsync(ride.ParkId, ct)).GetValueOrDefault(ride.Id);
        var (start, _) = read.Zone.DayWindow(p.From);
        var (_, end) = read.Zone.DayWindow(p.To);
        var raw = await db.RideSnapshots.AsNoTracking().Where(s => s.RideId == ride.Id && s.SlotAt >= start && s.SlotAt < end).OrderBy(s => s.SlotAt).ToListAsync(ct);
        var hours = await db.RideHours.AsNoTracking().Where(h => h.RideId == ride.Id && h.LocalDate >= p.From && h.LocalDate <= p.To).OrderBy(h => h.HourStart).ToListAsync(ct);
        var counted = await db.RideDays.AsNoTracking().Where(d => d.RideId == ride.Id && d.LocalDate >= p.From && d.LocalDate <= p.To && d.ExclusionReason == null)
            .Select(d => d.LocalDate).ToListAsync(ct);
        var events = await db.Events.AsNoTracking().Where(e => e.RideId == ride.Id && e.LocalDate >= p.From && e.LocalDate <= p.To).OrderBy(e => e.StartedAt).ToListAsync(ct);
        object timeline = raw.Count > 0 && p.Days <= 7
            ? new { granularity = "10min", points = raw.Select(s => new { at = s.SlotAt, label = read.Zone.TimeLabel(s.SlotAt), status = (string?)StatusNames.Of(s.Status), wait = s.WaitMinutes }) }
            : new { granularity = "hour", points = hours.Select(h => new { at = h.HourStart, label = read.Zone.TimeLabel(h.HourStart), status = Predominant(h), wait = ShameFormula.AverageWait(h.WaitSum, h.WaitCount) }) };
        return TypedResults.Ok(new
        {
            ride = Common.Ref(ride, park),
            park = Common.Ref(park),
            ride.Land,
            ride.TierSource,
            active = ride.IsActive,
            period = PeriodView.Of(p),
            attribution = Common.Credits,
            dataAsOf = live?.State.SlotAt,
            current = new { status = live?.DisplayStatus ?? "NO_DATA", wait = live?.DisplayStatus == "OPERATING" ? live.State.WaitMinutes : null, downSince = live?.DisplayStatus == "DOWN" ? live.State.DownSince : null, currentOutageMinutes = live?.CurrentOutageMinutes },
            summary = new
            {
                downtimeHours = figures is { Counted: true } ? ShameFormula.Hours(figures.DownMin) : (decimal?)null,
                uptimePct = figures?.Uptime,
                incidents = figures?.Incidents ?? 0,
                longestOutageMinutes = figures?.LongestOutage ?? 0,
                avgWait = figures?.AvgWait,
                peakWait = figures?.WaitMax,
                operatedDays = figures?.OperatedDays ?? 0,
            },
            timeline,
            hourly = p.Days <= 2
                ? hours.Select(h => new
                {
                    hour = h.HourStart,
                    label = read.Zone.TimeLabel(h.HourStart),
                    status = Predominant(h),
                    avgWait = ShameFormula.AverageWait(h.WaitSum, h.WaitCount),
                    uptimePct = counted.Contains(h.LocalDate) ? ShameFormula.UptimePct(h.DownMin, h.ObservedMin) : null,
                    downtimeMinutes = counted.Contains(h.LocalDate) ? h.DownMin : (int?)null,
                    snapshots = h.ObservedMin / 10 + h.UnknownMin / 10,
                })
                : null,
            events = events.Select(e => new { e.StartedAt, e.EndedAt, e.DownMinutes, e.EndReason, date = e.LocalDate, ongoing = e.EndedAt == null }),
        });
    }

    /// <summary>The status with most minutes in the hour; ties OPERATING &gt; DOWN &gt; CLOSED &gt; REFURBISHMENT.</summary>
    private static string? Predominant(RideHourStat h)
    {
        var minutes = new[] { h.OperatingMin, h.DownMin, h.ClosedMin, h.RefurbMin };
        var max = minutes.Max();
        return max == 0 ? null : StatusNames.Of(Precedence[Array.IndexOf(minutes, max)]);
    }
}
