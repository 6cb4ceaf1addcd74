using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Quartet.Parks.Common;
using Quartet.Parks.Domain;
using Quartet.Platform.Http;

namespace Quartet.Parks.Rankings;

public sealed record ParkRankingItem(int Rank, ParkRef Park, decimal? ShameScore, string? Band, decimal WeightedDowntimeHours, decimal DowntimeHours,
    decimal? UptimePct, int RidesDown, int CountedRides, int Incidents, bool? ParkOpen, decimal? TrendPct, string? QueueTimesUrl);

public sealed record ParkRankingSummary(int ParksRanked, int ParksOpen, int RidesOperating, int RidesDown, int RidesClosed, int RidesRefurbishment);

public sealed record ParkRanking(PeriodView Period, DateTime? DataAsOf, IReadOnlyList<Attribution> Attribution, string? EmptyReason,
    List<ParkRankingItem> Items, int Page, int PageSize, int Total, ParkRankingSummary Summary);

/// <summary>GET /rankings/parks: parks by shame (or downtime, uptime, rides down), worst first, ties by name then id.</summary>
public static class RankParks
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/rankings/parks", Handle).WithSummary("Rank parks by shame");

    private static async Task<Ok<ParkRanking>> Handle(ReadModel read, PeriodResolver periods, TimeProvider clock, PageRequest page, string? period, string? from,
        string? to, string? filter, string? sort, bool? includeZero, CancellationToken ct)
    {
        var p = QueryArgs.Resolve(periods, clock, period, from, to);
        var f = QueryArgs.Filter(filter);
        var s = QueryArgs.Sort(sort, "shame", "shame", "downtime", "uptime", "ridesDown");
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
        var items = list.Skip(page.Skip).Take(page.PageSize).Select((x, i) => new ParkRankingItem(
            page.Skip + i + 1,
            Views.Ref(x.Park),
            x.Shame,
            ShameFormula.Band(x.Shame),
            ShameFormula.Hours(x.B),
            ShameFormula.Hours(x.DownMin),
            x.Uptime,
            x.RidesDown,
            x.CountedRides,
            x.Incidents,
            x.ParkOpen,
            previous.TryGetValue(x.Park.Id, out var before) ? ShameFormula.TrendPct(x.Shame, before.Shame) : null,
            Views.Ref(x.Park).QueueTimesUrl)).ToList();
        return TypedResults.Ok(new ParkRanking(
            PeriodView.Of(p),
            await read.DataAsOfAsync(ct),
            Views.Credits,
            items.Count > 0 ? null : await RankingSupport.EmptyReason(read, p, ct),
            items,
            page.Page,
            page.PageSize,
            list.Count,
            new ParkRankingSummary(
                list.Count,
                (await read.OpenNowAsync(null, ct)).Count,
                live["OPERATING"],
                live["DOWN"],
                live["CLOSED"],
                live["REFURBISHMENT"])));
    }
}
