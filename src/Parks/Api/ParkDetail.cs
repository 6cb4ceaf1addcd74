using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Parks.Data;
using Quartet.Parks.Domain;
using Quartet.Platform.Http;

namespace Quartet.Parks.Api;

/// <summary>GET /parks/{park}, /parks/{park}/rides, /parks/{park}/calendar, /parks/{park}/ride-chart.</summary>
public static class ParkDetail
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/parks/{park}", Detail);
        api.MapGet("/parks/{park}/rides", Roster);
        api.MapGet("/parks/{park}/calendar", Calendar);
        api.MapGet("/parks/{park}/ride-chart", RideChart);
    }

    public static async Task<Park> FindAsync(ReadModel read, string idOrSlug, CancellationToken ct)
    {
        var parks = await read.ParksAsync(ct);
        var park = Guid.TryParse(idOrSlug, out var id) ? parks.GetValueOrDefault(id) : parks.Values.FirstOrDefault(p => p.Slug == idOrSlug);
        return park ?? throw new ProblemException(404, "PARK_NOT_FOUND", $"No park '{idOrSlug}'.");
    }

    /// <summary>The park's shame breakdown for a period, from the same figures the rankings use.</summary>
    public static async Task<object> BreakdownAsync(ReadModel read, ParksDb db, Park park, Period period, CancellationToken ct)
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
        var counted = new List<object>();
        var excluded = new List<object>();
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

                counted.Add(new
                {
                    ride = Common.Ref(ride, park),
                    tier = ride.Tier,
                    weight,
                    status = live.TryGetValue(ride.Id, out var now) ? now.DisplayStatus : "NO_DATA",
                    downMin = period.Kind == PeriodKind.Live ? (long?)null : down,
                    obsMin = period.Kind == PeriodKind.Live ? (long?)null : obs,
                    contribution = ShameFormula.Contribution(weight, down, period.Kind == PeriodKind.Live ? figures?.A ?? 0 : a),
                    uptimePct = period.Kind == PeriodKind.Live ? null : ShameFormula.UptimePct(down, obs),
                });
            }
            else
            {
                var reason = !ride.IsActive ? ExclusionReasons.Inactive
                    : ride.Category != RideCategories.Attraction ? ExclusionReasons.NotAttraction
                    : lastReasons.GetValueOrDefault(ride.Id) ?? ExclusionReasons.NoData;
                excluded.Add(new
                {
                    ride = Common.Ref(ride, park),
                    reason,
                    lastOperatedAt = ride.LastOperatedAt,
                    daysSinceOperated = ride.LastOperatedAt is { } at ? today.DayNumber - read.Zone.LocalDateOf(at).DayNumber : (int?)null,
                });
            }
        }

        return new
        {
            score = figures?.Shame,
            band = ShameFormula.Band(figures?.Shame),
            a = figures?.A ?? 0,
            b = figures?.B ?? 0,
            weightedDowntimeHours = ShameFormula.Hours(figures?.B ?? 0),
            downtimeHours = ShameFormula.Hours(figures?.DownMin ?? 0),
            uptimePct = figures?.Uptime,
            incidents = figures?.Incidents ?? 0,
            fallbackMinutes = figures?.FallbackMin ?? 0,
            rides = counted,
            excluded,
        };
    }

    private static async Task<IResult> Detail(string park, ReadModel read, ParksDb db, PeriodResolver periods, TimeProvider clock, string? period, string? from,
        string? to, CancellationToken ct)
    {
        var p = await FindAsync(read, park, ct);
        var per = Common.Resolve(periods, clock, period, from, to);
        var today = read.Zone.LocalDateOf(read.Now);
        var schedule = await db.Schedules.AsNoTracking().Where(s => s.ParkId == p.Id && s.LocalDate >= today && s.LocalDate <= today.AddDays(6))
            .OrderBy(s => s.OpensAt).ToListAsync(ct);
        var hours = schedule.GroupBy(s => s.LocalDate)
            .SelectMany(g => g.Any(s => s.Origin == "manual") ? g.Where(s => s.Origin == "manual") : g)
            .Select(s => new { date = s.LocalDate, s.Type, s.OpensAt, s.ClosesAt, s.Origin });
        var state = await db.ParkStates.AsNoTracking().FirstOrDefaultAsync(s => s.ParkId == p.Id, ct);
        var live = await read.LiveRidesAsync(p.Id, ct);
        var rides = await db.Rides.AsNoTracking().Where(r => r.ParkId == p.Id && r.IsActive && r.Category == RideCategories.Attraction).ToListAsync(ct);
        return TypedResults.Ok(new
        {
            park = Common.Ref(p),
            p.TimeZone,
            statusModel = p.StatusModel.ToString(),
            p.IsActive,
            period = PeriodView.Of(per),
            dataAsOf = state?.SlotAt,
            attribution = Common.Credits,
            hours,
            current = new
            {
                open = (await read.OpenNowAsync(p.Id, ct)).Contains(p.Id),
                asOf = state?.SlotAt,
                source = state?.Source,
                stale = state is null || read.Now - state.SlotAt > read.LiveMaxAge || state.Stale,
                avgWait = state?.AvgWait,
                maxWait = state?.MaxWait,
                counts = live.Values.GroupBy(r => r.DisplayStatus).ToDictionary(g => g.Key, g => g.Count()),
            },
            tierDistribution = new { tier1 = rides.Count(r => r.Tier == 1), tier2 = rides.Count(r => r.Tier == 2), tier3 = rides.Count(r => r.Tier == 3), unclassified = rides.Count(r => r.Tier == null) },
            breakdown = await BreakdownAsync(read, db, p, per, ct),
            chart = await Charts.ParkSeriesAsync(read, db, p, per, ct),
        });
    }

    private static async Task<IResult> Roster(string park, ReadModel read, ParksDb db, CancellationToken ct)
    {
        var p = await FindAsync(read, park, ct);
        var today = read.Zone.LocalDateOf(read.Now);
        var days = await db.RideDays.AsNoTracking().Where(d => d.ParkId == p.Id && d.LocalDate == today).ToDictionaryAsync(d => d.RideId, ct);
        var rides = await db.Rides.AsNoTracking().Where(r => r.ParkId == p.Id).OrderBy(r => r.Name).ToListAsync(ct);
        return TypedResults.Ok(new
        {
            park = Common.Ref(p),
            attribution = Common.Credits,
            items = rides.Select(r => new
            {
                ride = Common.Ref(r, p),
                r.Tier,
                weight = ShameFormula.Weight(r.Tier),
                r.TierSource,
                r.Category,
                active = r.IsActive,
                r.Version,
                countedToday = days.TryGetValue(r.Id, out var d) && d.ExclusionReason is null,
                exclusionReason = !r.IsActive ? ExclusionReasons.Inactive : r.Category != RideCategories.Attraction ? ExclusionReasons.NotAttraction
                    : days.TryGetValue(r.Id, out var day) ? day.ExclusionReason : ExclusionReasons.NoData,
            }),
        });
    }

    private static async Task<IResult> Calendar(string park, ReadModel read, ParksDb db, int? year, CancellationToken ct)
    {
        var p = await FindAsync(read, park, ct);
        var y = year ?? read.Zone.LocalDateOf(read.Now).Year;
        if (y is < 2000 or > 2100)
        {
            throw new ProblemException(400, "VALIDATION_FAILED", "year must be from 2000 to 2100.");
        }

        var from = new DateOnly(y, 1, 1);
        var to = new DateOnly(y, 12, 31);
        var days = await db.ParkDays.AsNoTracking().Where(d => d.ParkId == p.Id && d.LocalDate >= from && d.LocalDate <= to).ToDictionaryAsync(d => d.LocalDate, ct);
        return TypedResults.Ok(new
        {
            park = Common.Ref(p),
            year = y,
            attribution = Common.Credits,
            days = Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Select(from.AddDays).Select(d => new
            {
                date = d,
                shame = days.TryGetValue(d, out var s) ? ShameFormula.Score(s.CapacityWMin, s.DownWMin) : null,
                band = days.TryGetValue(d, out var b) ? ShameFormula.Band(ShameFormula.Score(b.CapacityWMin, b.DownWMin)) : null,
            }),
        });
    }

    private static async Task<IResult> RideChart(string park, ReadModel read, ParksDb db, PeriodResolver periods, TimeProvider clock, string? type, string? period,
        string? from, string? to, CancellationToken ct)
    {
        var chartType = Common.Sort(type, "downtime", "downtime", "waits");
        var p = await FindAsync(read, park, ct);
        var per = Common.Resolve(periods, clock, period, from, to);
        var rides = (await read.RideFiguresAsync(per.From, per.To, "all", p.Id, null, ct))
            .Where(r => chartType == "waits" ? r.WaitCount > 0 : r.Counted)
            .OrderByDescending(r => chartType == "waits" ? r.AvgWait ?? 0 : r.DownMin).ThenBy(r => r.Ride.Name, StringComparer.Ordinal).Take(10).ToList();
        return TypedResults.Ok(new
        {
            park = Common.Ref(p),
            period = PeriodView.Of(per),
            attribution = Common.Credits,
            type = chartType,
            unit = chartType == "waits" ? "minutes (average standby wait)" : "hours down",
            series = rides.Select(r => new
            {
                ride = Common.Ref(r.Ride, p),
                value = chartType == "waits" ? (decimal?)r.AvgWait : ShameFormula.Hours(r.DownMin),
            }),
        });
    }
}
