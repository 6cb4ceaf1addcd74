using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Quartet.Parks.Common;
using Quartet.Parks.Data;
using Quartet.Parks.Domain;
using Quartet.Platform.Http;

namespace Quartet.Parks.Rankings;

public sealed record RideRankingItem(int Rank, RideRef Ride, ParkRef Park, decimal DowntimeHours, decimal? UptimePct, int Incidents, int LongestOutageMinutes,
    string CurrentStatus, DateTime? DownSince, int? CurrentOutageMinutes, int? AvgWait, int? PeakWait, decimal? TrendPct);

public sealed record RideRanking(PeriodView Period, DateTime? DataAsOf, IReadOnlyList<Attribution> Attribution, string? EmptyReason,
    List<RideRankingItem> Items, int Page, int PageSize, int Total);

/// <summary>GET /rankings/rides: counted rides by downtime (or uptime, incidents, longest outage), worst first, ties by name then id.</summary>
public static class RankRides
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/rankings/rides", Handle).WithSummary("Rank rides by downtime");

    private static async Task<Ok<RideRanking>> Handle(ReadModel read, ParksDb db, PeriodResolver periods, TimeProvider clock, PageRequest page, string? period, string? from,
        string? to, string? filter, string? sort, string? tier, CancellationToken ct)
    {
        var p = QueryArgs.Resolve(periods, clock, period, from, to);
        var f = QueryArgs.Filter(filter);
        var s = QueryArgs.Sort(sort, "downtime", "downtime", "uptime", "incidents", "longestOutage");
        int? tierFilter = tier switch
        {
            null or "" => null,
            "1" or "2" or "3" => int.Parse(tier, System.Globalization.CultureInfo.InvariantCulture),
            _ => throw new ProblemException(400, "VALIDATION_FAILED", "tier must be 1, 2 or 3."),
        };
        var allLive = p.Kind == PeriodKind.Live ? await read.LiveRidesAsync(null, ct) : null;
        List<RideFigures> figures;
        int? total = null;
        if (allLive is not null)
        {
            figures = (await read.RideFiguresAsync(p.From, p.To, f, null, null, ct))
                .Where(x => allLive.TryGetValue(x.Ride.Id, out var l) && l.DisplayStatus == "DOWN").ToList();
        }
        else
        {
            var rankable = (await RidePageSelection.RankableAsync(read, db, p, f, ct))
                .Where(r => r.Sums.Operated > 0 && (tierFilter == null || r.Tier == tierFilter) && r.Sums.Down > 0).ToList();
            Func<RankableRide, decimal> worstFirst = s switch
            {
                "uptime" => r => -(ShameFormula.UptimePct(r.Sums.Down, r.Sums.Obs) ?? 100),
                "incidents" => r => r.Sums.Incidents,
                "longestOutage" => r => r.Sums.Longest,
                _ => r => r.Sums.Down,
            };
            var (ids, rankedCount) = RidePageSelection.Choose(rankable, worstFirst, page);
            figures = ids.Count == 0 ? [] : await read.RideFiguresAsync(p.From, p.To, f, null, null, ct, ids);
            total = rankedCount;
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
        // Outside live only the page's rides were read.
        var pageRows = total is null ? list.Skip(page.Skip).Take(page.PageSize).ToList() : list;
        var (previous, live) = await RankingSupport.PageContextAsync(read, p, f, pageRows, allLive, ct);
        var items = pageRows.Select((x, i) =>
        {
            var now = live.GetValueOrDefault(x.Ride.Id);
            return new RideRankingItem(
                page.Skip + i + 1,
                Views.Ref(x.Ride, x.Park),
                Views.Ref(x.Park),
                ShameFormula.Hours(x.DownMin),
                x.Uptime,
                x.Incidents,
                x.LongestOutage,
                now?.DisplayStatus ?? "NO_DATA",
                now?.DisplayStatus == "DOWN" ? now.State.DownSince : null,
                now?.CurrentOutageMinutes,
                x.AvgWait,
                x.WaitMax,
                previous.TryGetValue(x.Ride.Id, out var before) ? ShameFormula.TrendPct(x.DownMin, before.DownMin) : null);
        }).ToList();
        return TypedResults.Ok(new RideRanking(
            PeriodView.Of(p),
            await read.DataAsOfAsync(ct),
            Views.Credits,
            items.Count > 0 ? null : await RankingSupport.EmptyReason(read, p, ct),
            items,
            page.Page,
            page.PageSize,
            total ?? list.Count));
    }
}
