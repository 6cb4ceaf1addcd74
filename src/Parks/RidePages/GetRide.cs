using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Parks.Common;
using Quartet.Parks.Data;
using Quartet.Parks.Domain;

namespace Quartet.Parks.RidePages;

public sealed record RideNow(string Status, int? Wait, DateTime? DownSince, int? CurrentOutageMinutes);

public sealed record RideSummary(decimal? DowntimeHours, decimal? UptimePct, int Incidents, int LongestOutageMinutes, int? AvgWait, int? PeakWait, int OperatedDays);

public sealed record TimelinePoint(DateTime At, string Label, string? Status, int? Wait);

public sealed record RideTimeline(string Granularity, IEnumerable<TimelinePoint> Points);

public sealed record RideHour(DateTime Hour, string Label, string? Status, int? AvgWait, decimal? UptimePct, int? DowntimeMinutes, int Snapshots);

public sealed record RideOutage(DateTime StartedAt, DateTime? EndedAt, int DownMinutes, string? EndReason, DateOnly Date, bool Ongoing);

public sealed record RideDetail(RideRef Ride, ParkRef Park, string? Land, string TierSource, bool Active, PeriodView Period, IReadOnlyList<Attribution> Attribution,
    DateTime? DataAsOf, RideNow Current, RideSummary Summary, RideTimeline Timeline, IEnumerable<RideHour>? Hourly, IEnumerable<RideOutage> Events);

/// <summary>GET /rides/{id}: summary, timeline (10-minute while raw data is kept, else hourly), hourly breakdown, downtime events.</summary>
public static class GetRide
{
    private static readonly RideStatus[] Precedence = [RideStatus.Operating, RideStatus.Down, RideStatus.Closed, RideStatus.Refurbishment];

    public static void Map(RouteGroupBuilder api) => api.MapGet("/rides/{id}", Handle);

    private static async Task<Ok<RideDetail>> Handle(string id, ReadModel read, ParksDb db, PeriodResolver periods, TimeProvider clock, string? period, string? from,
        string? to, CancellationToken ct)
    {
        var ride = await ParkLookup.FindRideAsync(db, id, ct);
        var p = QueryArgs.Resolve(periods, clock, period, from, to);
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
        var timeline = raw.Count > 0 && p.Days <= 7
            ? new RideTimeline("10min", raw.Select(s => new TimelinePoint(s.SlotAt, read.Zone.TimeLabel(s.SlotAt), StatusNames.Of(s.Status), s.WaitMinutes)))
            : new RideTimeline("hour", hours.Select(h => new TimelinePoint(h.HourStart, read.Zone.TimeLabel(h.HourStart), Predominant(h),
                ShameFormula.AverageWait(h.WaitSum, h.WaitCount))));
        return TypedResults.Ok(new RideDetail(
            Views.Ref(ride, park),
            Views.Ref(park),
            ride.Land,
            ride.TierSource,
            ride.IsActive,
            PeriodView.Of(p),
            Views.Credits,
            live?.State.SlotAt,
            new RideNow(
                live?.DisplayStatus ?? "NO_DATA",
                live?.DisplayStatus == "OPERATING" ? live.State.WaitMinutes : null,
                live?.DisplayStatus == "DOWN" ? live.State.DownSince : null,
                live?.CurrentOutageMinutes),
            new RideSummary(
                figures is { Counted: true } ? ShameFormula.Hours(figures.DownMin) : null,
                figures?.Uptime,
                figures?.Incidents ?? 0,
                figures?.LongestOutage ?? 0,
                figures?.AvgWait,
                figures?.WaitMax,
                figures?.OperatedDays ?? 0),
            timeline,
            p.Days <= 2
                ? hours.Select(h => new RideHour(
                    h.HourStart,
                    read.Zone.TimeLabel(h.HourStart),
                    Predominant(h),
                    ShameFormula.AverageWait(h.WaitSum, h.WaitCount),
                    counted.Contains(h.LocalDate) ? ShameFormula.UptimePct(h.DownMin, h.ObservedMin) : null,
                    counted.Contains(h.LocalDate) ? h.DownMin : null,
                    h.ObservedMin / 10 + h.UnknownMin / 10))
                : null,
            events.Select(e => new RideOutage(e.StartedAt, e.EndedAt, e.DownMinutes, e.EndReason, e.LocalDate, e.EndedAt == null))));
    }

    /// <summary>The status with most minutes in the hour; ties OPERATING &gt; DOWN &gt; CLOSED &gt; REFURBISHMENT.</summary>
    private static string? Predominant(RideHourStat h)
    {
        var minutes = new[] { h.OperatingMin, h.DownMin, h.ClosedMin, h.RefurbMin };
        var max = minutes.Max();
        return max == 0 ? null : StatusNames.Of(Precedence[Array.IndexOf(minutes, max)]);
    }
}
