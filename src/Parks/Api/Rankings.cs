using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Quartet.Parks.Domain;
using Quartet.Platform.Http;

namespace Quartet.Parks.Api;

/// <summary>GET /rankings/parks and /rankings/rides: worst first, ties by name then id.</summary>
public static class Rankings
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/rankings/parks", Parks);
        api.MapGet("/rankings/rides", Rides);
    }

    private static async Task<IResult> Parks(ReadModel read, PeriodResolver periods, TimeProvider clock, PageRequest page, string? period, string? from, string? to,
        string? filter, string? sort, bool? includeZero, CancellationToken ct)
    {
        var p = Common.Resolve(periods, clock, period, from, to);
        var f = Common.Filter(filter);
        var s = Common.Sort(sort, "shame", "shame", "downtime", "uptime", "ridesDown");
        var figures = await read.ParkFiguresAsync(p, f, ct);
        var previous = p.Previous is { } prev ? (await read.ParkFiguresAsync(prev.From, prev.To, f, null, ct)).ToDictionary(x => x.Park.Id) : [];
        var candidates = figures.Where(x => x.A > 0 && (includeZero == true || x.B > 0));
        var ranked = s switch
        {
            "downtime" => candidates.OrderByDescending(x => x.DownMin),
            "uptime" => candidates.OrderBy(x => x.Uptime ?? 100),
            "ridesDown" => candidates.OrderByDescending(x => x.RidesDown),
            _ => candidates.OrderByDescending(x => x.Shame),
        };
        var list = ranked.ThenBy(x => x.Park.Name, StringComparer.Ordinal).ThenBy(x => x.Park.Id).ToList();
        var live = (await read.LiveCountsAsync(null, ct)).Counts;
        var items = list.Skip(page.Skip).Take(page.PageSize).Select((x, i) => new
        {
            rank = page.Skip + i + 1,
            park = Common.Ref(x.Park),
            shameScore = x.Shame,
            band = ShameFormula.Band(x.Shame),
            weightedDowntimeHours = ShameFormula.Hours(x.B),
            downtimeHours = ShameFormula.Hours(x.DownMin),
            uptimePct = x.Uptime,
            ridesDown = x.RidesDown,
            countedRides = x.CountedRides,
            incidents = x.Incidents,
            parkOpen = x.ParkOpen,
            trendPct = previous.TryGetValue(x.Park.Id, out var before) ? ShameFormula.TrendPct(x.Shame, before.Shame) : null,
            queueTimesUrl = Common.Ref(x.Park).QueueTimesUrl,
        }).ToList();
        return TypedResults.Ok(new
        {
            period = PeriodView.Of(p),
            dataAsOf = await read.DataAsOfAsync(ct),
            attribution = Common.Credits,
            emptyReason = items.Count > 0 ? null : await EmptyReason(read, p, ct),
            items,
            page = page.Page,
            pageSize = page.PageSize,
            total = list.Count,
            summary = new
            {
                parksRanked = list.Count,
                parksOpen = (await read.OpenNowAsync(null, ct)).Count,
                ridesOperating = live["OPERATING"],
                ridesDown = live["DOWN"],
                ridesClosed = live["CLOSED"],
                ridesRefurbishment = live["REFURBISHMENT"],
            },
        });
    }

    /// <summary>The previous period's figures and the live state of one page's rides only, unless every ride's live state is loaded already.</summary>
    public static async Task<(Dictionary<Guid, RideFigures> Previous, Dictionary<Guid, RideLive> Live)> PageContextAsync(ReadModel read, Period p, string filter,
        List<RideFigures> pageRows, Dictionary<Guid, RideLive>? allLive, CancellationToken ct)
    {
        var ids = pageRows.Select(x => x.Ride.Id).ToList();
        var previous = p.Previous is { } prev && ids.Count > 0 ? (await read.RideFiguresAsync(prev.From, prev.To, filter, null, null, ct, ids)).ToDictionary(x => x.Ride.Id) : [];
        return (previous, allLive ?? (ids.Count == 0 ? [] : await read.LiveRidesAsync(null, ct, ids)));
    }

    public static async Task<string> EmptyReason(ReadModel read, Period period, CancellationToken ct) =>
        !await read.AnyCollectedAsync(ct) ? "not_collected_yet"
        : period.Kind == PeriodKind.Live && (await read.OpenNowAsync(null, ct)).Count == 0 ? "no_open_parks"
        : "no_data";

    private static async Task<IResult> Rides(ReadModel read, PeriodResolver periods, TimeProvider clock, PageRequest page, string? period, string? from, string? to,
        string? filter, string? sort, string? tier, CancellationToken ct)
    {
        var p = Common.Resolve(periods, clock, period, from, to);
        var f = Common.Filter(filter);
        var s = Common.Sort(sort, "downtime", "downtime", "uptime", "incidents", "longestOutage");
        int? tierFilter = tier switch
        {
            null or "" => null,
            "1" or "2" or "3" => int.Parse(tier, System.Globalization.CultureInfo.InvariantCulture),
            _ => throw new ProblemException(400, "VALIDATION_FAILED", "tier must be 1, 2 or 3."),
        };
        var figures = await read.RideFiguresAsync(p.From, p.To, f, null, null, ct);
        var allLive = p.Kind == PeriodKind.Live ? await read.LiveRidesAsync(null, ct) : null;
        if (allLive is not null)
        {
            figures = figures.Where(x => allLive.TryGetValue(x.Ride.Id, out var l) && l.DisplayStatus == "DOWN").ToList();
        }

        var candidates = figures.Where(x => x.Counted && (tierFilter == null || x.Ride.Tier == tierFilter) && (p.Kind == PeriodKind.Live || x.DownMin > 0));
        var ranked = s switch
        {
            "uptime" => candidates.OrderBy(x => x.Uptime ?? 100),
            "incidents" => candidates.OrderByDescending(x => x.Incidents),
            "longestOutage" => candidates.OrderByDescending(x => x.LongestOutage),
            _ when allLive is not null => candidates.OrderByDescending(x => allLive[x.Ride.Id].CurrentOutageMinutes),
            _ => candidates.OrderByDescending(x => x.DownMin),
        };
        var list = ranked.ThenBy(x => x.Ride.Name, StringComparer.Ordinal).ThenBy(x => x.Ride.Id).ToList();
        var pageRows = list.Skip(page.Skip).Take(page.PageSize).ToList();
        var (previous, live) = await PageContextAsync(read, p, f, pageRows, allLive, ct);
        var items = pageRows.Select((x, i) => new
        {
            rank = page.Skip + i + 1,
            ride = Common.Ref(x.Ride, x.Park),
            park = Common.Ref(x.Park),
            downtimeHours = ShameFormula.Hours(x.DownMin),
            uptimePct = x.Uptime,
            incidents = x.Incidents,
            longestOutageMinutes = x.LongestOutage,
            currentStatus = live.TryGetValue(x.Ride.Id, out var l) ? l.DisplayStatus : "NO_DATA",
            downSince = l?.DisplayStatus == "DOWN" ? l.State.DownSince : null,
            currentOutageMinutes = l?.CurrentOutageMinutes,
            avgWait = x.AvgWait,
            peakWait = x.WaitMax,
            trendPct = previous.TryGetValue(x.Ride.Id, out var before) ? ShameFormula.TrendPct(x.DownMin, before.DownMin) : null,
        }).ToList();
        return TypedResults.Ok(new
        {
            period = PeriodView.Of(p),
            dataAsOf = await read.DataAsOfAsync(ct),
            attribution = Common.Credits,
            emptyReason = items.Count > 0 ? null : await EmptyReason(read, p, ct),
            items,
            page = page.Page,
            pageSize = page.PageSize,
            total = list.Count,
        });
    }
}

/// <summary>GET /waits/parks and /waits/rides: standby waits, highest first.</summary>
public static class Waits
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/waits/parks", ParksAsync);
        api.MapGet("/waits/rides", RidesAsync);
    }

    private static async Task<IResult> ParksAsync(ReadModel read, PeriodResolver periods, TimeProvider clock, PageRequest page, string? period, string? from,
        string? to, string? filter, string? sort, CancellationToken ct)
    {
        var p = Common.Resolve(periods, clock, period, from, to);
        var f = Common.Filter(filter);
        var s = Common.Sort(sort, "avg", "avg", "peak");
        var figures = await read.ParkFiguresAsync(p, f, ct);
        var previous = p.Previous is { } prev ? (await read.ParkFiguresAsync(prev.From, prev.To, f, null, ct)).ToDictionary(x => x.Park.Id) : [];
        var ranked = figures.Where(x => x.WaitCount > 0);
        var list = (s == "peak" ? ranked.OrderByDescending(x => x.WaitMax) : ranked.OrderByDescending(x => x.AvgWait))
            .ThenBy(x => x.Park.Name, StringComparer.Ordinal).ThenBy(x => x.Park.Id).ToList();
        var items = list.Skip(page.Skip).Take(page.PageSize).Select((x, i) => new
        {
            rank = page.Skip + i + 1,
            park = Common.Ref(x.Park),
            avgWait = x.AvgWait,
            peakWait = x.WaitMax,
            ridesReporting = x.RidesReporting,
            parkOpen = x.ParkOpen,
            trendPct = previous.TryGetValue(x.Park.Id, out var before) ? ShameFormula.TrendPct(x.AvgWait, before.AvgWait) : null,
        }).ToList();
        return TypedResults.Ok(new
        {
            period = PeriodView.Of(p),
            dataAsOf = await read.DataAsOfAsync(ct),
            attribution = Common.Credits,
            emptyReason = items.Count > 0 ? null : await Rankings.EmptyReason(read, p, ct),
            items,
            page = page.Page,
            pageSize = page.PageSize,
            total = list.Count,
        });
    }

    private static async Task<IResult> RidesAsync(ReadModel read, PeriodResolver periods, TimeProvider clock, PageRequest page, string? period, string? from,
        string? to, string? filter, string? sort, CancellationToken ct)
    {
        var p = Common.Resolve(periods, clock, period, from, to);
        var f = Common.Filter(filter);
        var s = Common.Sort(sort, "avg", "avg", "peak", "current");
        if (s == "current" && !p.IsCurrent)
        {
            throw new ProblemException(400, "INVALID_SORT", "sort=current is only for live and today.");
        }

        var allLive = p.IsCurrent ? await read.LiveRidesAsync(null, ct) : null;
        var figures = await read.RideFiguresAsync(p.From, p.To, f, null, null, ct);
        var live = allLive ?? [];
        int? Current(RideFigures x) => live.TryGetValue(x.Ride.Id, out var l) && l.DisplayStatus == "OPERATING" ? l.State.WaitMinutes : null;
        var ranked = p.Kind == PeriodKind.Live ? figures.Where(x => Current(x) is not null) : figures.Where(x => x.WaitCount > 0);
        var list = (s switch
        {
            "peak" => ranked.OrderByDescending(x => x.WaitMax),
            "current" => ranked.OrderByDescending(Current),
            _ when p.Kind == PeriodKind.Live => ranked.OrderByDescending(Current),
            _ => ranked.OrderByDescending(x => x.AvgWait),
        }).ThenBy(x => x.Ride.Name, StringComparer.Ordinal).ThenBy(x => x.Ride.Id).ToList();
        var pageRows = list.Skip(page.Skip).Take(page.PageSize).ToList();
        var (previous, pageLive) = await Rankings.PageContextAsync(read, p, f, pageRows, allLive, ct);
        live = pageLive;
        var items = pageRows.Select((x, i) => new
        {
            rank = page.Skip + i + 1,
            ride = Common.Ref(x.Ride, x.Park),
            park = Common.Ref(x.Park),
            tier = x.Ride.Tier,
            currentWait = Current(x),
            avgWait = x.AvgWait,
            peakWait = x.WaitMax,
            currentStatus = live.TryGetValue(x.Ride.Id, out var l) ? l.DisplayStatus : "NO_DATA",
            trendPct = previous.TryGetValue(x.Ride.Id, out var before) ? ShameFormula.TrendPct(x.AvgWait, before.AvgWait) : null,
        }).ToList();
        return TypedResults.Ok(new
        {
            period = PeriodView.Of(p),
            dataAsOf = await read.DataAsOfAsync(ct),
            attribution = Common.Credits,
            emptyReason = items.Count > 0 ? null : await Rankings.EmptyReason(read, p, ct),
            items,
            page = page.Page,
            pageSize = page.PageSize,
            total = list.Count,
        });
    }
}

/// <summary>GET /live/summary: display-status counts now; DOWN equals the rides in the live shame numerators.</summary>
public static class LiveSummary
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/live/summary", async (ReadModel read, Microsoft.AspNetCore.Http.HttpContext http, string? park, CancellationToken ct) =>
    {
        Guid? parkId = null;
        if (!string.IsNullOrEmpty(park))
        {
            parkId = (await ParkDetail.FindAsync(read, park, ct)).Id;
        }

        var live = await read.LiveCountsAsync(parkId, ct);
        return TypedResults.Ok(new { counts = live.Counts, total = live.Total, asOf = await read.DataAsOfAsync(ct), attribution = Common.Credits });
    }).ProducesProblem(StatusCodes.Status404NotFound);
}
