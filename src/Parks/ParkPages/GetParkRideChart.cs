using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Quartet.Parks.Common;
using Quartet.Parks.Domain;

namespace Quartet.Parks.ParkPages;

public sealed record RideChartBar(RideRef Ride, decimal? Value);

public sealed record ParkRideChart(ParkRef Park, PeriodView Period, IReadOnlyList<Attribution> Attribution, string Type, string Unit, IEnumerable<RideChartBar> Series);

/// <summary>GET /parks/{park}/ride-chart: the park's ten rides with most downtime (or the longest waits) in a period.</summary>
public static class GetParkRideChart
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/parks/{park}/ride-chart", Handle).WithSummary("Get park ride chart");

    private static async Task<Ok<ParkRideChart>> Handle(string park, ReadModel read, PeriodResolver periods, TimeProvider clock, string? type, string? period,
        string? from, string? to, CancellationToken ct)
    {
        var chartType = QueryArgs.Sort(type, "downtime", "downtime", "waits");
        var p = await ParkLookup.FindParkAsync(read, park, ct);
        var per = QueryArgs.Resolve(periods, clock, period, from, to);
        var rides = (await read.RideFiguresAsync(per.From, per.To, "all", p.Id, null, ct))
            .Where(r => chartType == "waits" ? r.WaitCount > 0 : r.Counted)
            .OrderByDescending(r => chartType == "waits" ? r.AvgWait ?? 0 : r.DownMin).ThenBy(r => r.Ride.Name, StringComparer.Ordinal).Take(10).ToList();
        return TypedResults.Ok(new ParkRideChart(
            Views.Ref(p),
            PeriodView.Of(per),
            Views.Credits,
            chartType,
            chartType == "waits" ? "minutes (average standby wait)" : "hours down",
            rides.Select(r => new RideChartBar(Views.Ref(r.Ride, p), chartType == "waits" ? r.AvgWait : ShameFormula.Hours(r.DownMin)))));
    }
}
