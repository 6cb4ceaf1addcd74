using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Quartet.Parks.Domain;
using Quartet.Platform.Http;

namespace Quartet.Parks.Api;

/// <summary>GET /awards: least reliable park and ride, longest-wait park and ride, each with two runners-up (all parks).</summary>
public static class Awards
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/awards", async (ReadModel read, PeriodResolver periods, TimeProvider clock, string? period,
        string? from, string? to, CancellationToken ct) =>
    {
        if (period is "live" or "today" or null or "")
        {
            throw new ProblemException(400, "PERIOD_NOT_SUPPORTED", "Awards are for yesterday, last_week, last_month or a range.");
        }

        var p = Common.Resolve(periods, clock, period, from, to);
        var parks = await read.ParkFiguresAsync(p.From, p.To, "all", null, ct);
        var rides = await read.RideFiguresAsync(p.From, p.To, "all", null, null, ct);
        object? Award<T>(IEnumerable<T> candidates, Func<T, decimal?> value, Func<T, object> entity, string unit) where T : notnull
        {
            var top = candidates.Select(c => (c, v: value(c))).Where(x => x.v is > 0).OrderByDescending(x => x.v).Take(3).ToList();
            return top.Count == 0 ? null : new
            {
                winner = new { entity = entity(top[0].c), value = top[0].v, unit },
                runnersUp = top.Skip(1).Select(x => new { entity = entity(x.c), value = x.v, unit }),
            };
        }

        var leastReliablePark = Award(parks.Where(x => x.OpenMin >= 240).OrderBy(x => x.Park.Name, StringComparer.Ordinal).ThenBy(x => x.Park.Id),
            x => x.Shame, x => Common.Ref(x.Park), "shame");
        var leastReliableRide = Award(rides.Where(x => x.Counted).OrderByDescending(x => x.DownMin).ThenByDescending(x => x.Incidents)
                .ThenBy(x => x.Ride.Name, StringComparer.Ordinal).ThenBy(x => x.Ride.Id),
            x => ShameFormula.Hours(x.DownMin), x => new { ride = Common.Ref(x.Ride, x.Park), park = Common.Ref(x.Park), incidents = x.Incidents }, "hours down");
        var longestWaitPark = Award(parks.Where(x => x.RidesReporting >= 5).OrderBy(x => x.Park.Name, StringComparer.Ordinal).ThenBy(x => x.Park.Id),
            x => x.AvgWait, x => Common.Ref(x.Park), "minutes");
        var longestWaitRide = Award(rides.Where(x => x.WaitCount >= 12).OrderBy(x => x.Ride.Name, StringComparer.Ordinal).ThenBy(x => x.Ride.Id),
            x => x.AvgWait, x => new { ride = Common.Ref(x.Ride, x.Park), park = Common.Ref(x.Park) }, "minutes");
        return TypedResults.Ok(new
        {
            period = PeriodView.Of(p),
            attribution = Common.Credits,
            dataAsOf = await read.DataAsOfAsync(ct),
            awards = new { leastReliablePark, leastReliableRide, longestWaitPark, longestWaitRide },
        });
    });
}
