using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Quartet.Parks.Common;
using Quartet.Parks.Data;
using Quartet.Parks.Domain;
using Quartet.Platform.Http;

namespace Quartet.Parks.Rankings;

public sealed record RideWaitItem(int Rank, RideRef Ride, ParkRef Park, int? Tier, int? CurrentWait, int? AvgWait, int? PeakWait, string CurrentStatus,
    decimal? TrendPct);

public sealed record RideWaitRanking(PeriodView Period, DateTime? DataAsOf, IReadOnlyList<Attribution> Attribution, string? EmptyReason,
    List<RideWaitItem> Items, int Page, int PageSize, int Total);

/// <summary>GET /waits/rides: rides by average, peak or current standby wait, highest first.</summary>
public static class RankRideWaits
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/waits/rides", Handle).WithSummary("Rank rides by wait");

    private static async Task<Ok<RideWaitRanking>> Handle(ReadModel read, ParksDb db, PeriodResolver periods, TimeProvider clock, PageRequest page, string? period,
        string? from, string? to, string? filter, string? sort, CancellationToken ct)
    {
        var p = QueryArgs.Resolve(periods, clock, period, from, to);
        var f = QueryArgs.Filter(filter);
        var s = QueryArgs.Sort(sort, "avg", "avg", "peak", "current");
        if (s == "current" && !p.IsCurrent)
        {
            throw new ProblemException(400, "INVALID_SORT", "sort=current is only for live and today.");
        }

        var allLive = p.IsCurrent ? await read.LiveRidesAsync(null, ct) : null;
        List<RideFigures> figures;
        int? total = null;
        if (allLive is not null)
        {
            figures = await read.RideFiguresAsync(p.From, p.To, f, null, null, ct);
        }
        else
        {
            var rankable = (await RidePageSelection.RankableAsync(read, db, p, f, ct)).Where(r => r.Sums.WaitCount > 0).ToList();
            Func<RankableRide, decimal> highestFirst = s == "peak"
                ? r => r.Sums.WaitMax ?? int.MinValue
                : r => ShameFormula.AverageWait(r.Sums.WaitSum, r.Sums.WaitCount) ?? int.MinValue;
            var (ids, rankedCount) = RidePageSelection.Choose(rankable, highestFirst, page);
            figures = ids.Count == 0 ? [] : await read.RideFiguresAsync(p.From, p.To, f, null, null, ct, ids);
            total = rankedCount;
        }

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
        // Outside live and today only the page's rides were read.
        var pageRows = total is null ? list.Skip(page.Skip).Take(page.PageSize).ToList() : list;
        var (previous, pageLive) = await RankingSupport.PageContextAsync(read, p, f, pageRows, allLive, ct);
        live = pageLive;
        var items = pageRows.Select((x, i) => new RideWaitItem(
            page.Skip + i + 1,
            Views.Ref(x.Ride, x.Park),
            Views.Ref(x.Park),
            x.Ride.Tier,
            Current(x),
            x.AvgWait,
            x.WaitMax,
            live.TryGetValue(x.Ride.Id, out var l) ? l.DisplayStatus : "NO_DATA",
            previous.TryGetValue(x.Ride.Id, out var before) ? ShameFormula.TrendPct(x.AvgWait, before.AvgWait) : null)).ToList();
        return TypedResults.Ok(new RideWaitRanking(
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
