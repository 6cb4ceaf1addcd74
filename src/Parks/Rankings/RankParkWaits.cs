using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Quartet.Parks.Common;
using Quartet.Parks.Domain;
using Quartet.Platform.Http;

namespace Quartet.Parks.Rankings;

public sealed record ParkWaitItem(int Rank, ParkRef Park, int? AvgWait, int? PeakWait, int RidesReporting, bool? ParkOpen, decimal? TrendPct);

public sealed record ParkWaitRanking(PeriodView Period, DateTime? DataAsOf, IReadOnlyList<Attribution> Attribution, string? EmptyReason,
    List<ParkWaitItem> Items, int Page, int PageSize, int Total);

/// <summary>GET /waits/parks: parks by average (or peak) standby wait, highest first.</summary>
public static class RankParkWaits
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/waits/parks", Handle).WithSummary("Rank parks by wait");

    private static async Task<Ok<ParkWaitRanking>> Handle(ReadModel read, PeriodResolver periods, TimeProvider clock, PageRequest page, string? period,
        string? from, string? to, string? filter, string? sort, CancellationToken ct)
    {
        var p = QueryArgs.Resolve(periods, clock, period, from, to);
        var f = QueryArgs.Filter(filter);
        var s = QueryArgs.Sort(sort, "avg", "avg", "peak");
        var figures = await read.ParkFiguresAsync(p, f, ct);
        var previous = p.Previous is { } prev ? (await read.ParkFiguresAsync(prev.From, prev.To, f, null, ct)).ToDictionary(x => x.Park.Id) : [];
        var ranked = figures.Where(x => x.WaitCount > 0);
        var list = (s == "peak" ? ranked.OrderByDescending(x => x.WaitMax) : ranked.OrderByDescending(x => x.AvgWait))
            .ThenBy(x => x.Park.Name, StringComparer.Ordinal).ThenBy(x => x.Park.Id).ToList();
        var items = list.Skip(page.Skip).Take(page.PageSize).Select((x, i) => new ParkWaitItem(
            page.Skip + i + 1,
            Views.Ref(x.Park),
            x.AvgWait,
            x.WaitMax,
            x.RidesReporting,
            x.ParkOpen,
            previous.TryGetValue(x.Park.Id, out var before) ? ShameFormula.TrendPct(x.AvgWait, before.AvgWait) : null)).ToList();
        return TypedResults.Ok(new ParkWaitRanking(
            PeriodView.Of(p),
            await read.DataAsOfAsync(ct),
            Views.Credits,
            items.Count > 0 ? null : await RankingSupport.EmptyReason(read, p, ct),
            items,
            page.Page,
            page.PageSize,
            list.Count));
    }
}
