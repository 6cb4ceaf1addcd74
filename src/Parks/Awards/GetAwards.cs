using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Quartet.Parks.Common;
using Quartet.Parks.Domain;
using Quartet.Platform.Http;

namespace Quartet.Parks.Awards;

public sealed record AwardPlace<TEntity>(TEntity Entity, decimal Value, string Unit)
    where TEntity : notnull;

public sealed record Award<TEntity>(AwardPlace<TEntity> Winner, IEnumerable<AwardPlace<TEntity>> RunnersUp)
    where TEntity : notnull;

public sealed record RideWithIncidents(RideRef Ride, ParkRef Park, int Incidents);

public sealed record AwardList(Award<ParkRef>? LeastReliablePark, Award<RideWithIncidents>? LeastReliableRide, Award<ParkRef>? LongestWaitPark,
    Award<RideAndPark>? LongestWaitRide);

public sealed record AwardsView(PeriodView Period, IReadOnlyList<Attribution> Attribution, DateTime? DataAsOf, AwardList Awards);

/// <summary>GET /awards: least reliable park and ride, longest-wait park and ride, each with two runners-up (all parks).</summary>
public static class GetAwards
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/awards", async Task<Ok<AwardsView>> (ReadModel read, PeriodResolver periods, TimeProvider clock,
        string? period, string? from, string? to, CancellationToken ct) =>
    {
        if (period is "live" or "today" or null or "")
        {
            throw new ProblemException(400, "PERIOD_NOT_SUPPORTED", "Awards are for yesterday, last_week, last_month or a range.");
        }

        var p = QueryArgs.Resolve(periods, clock, period, from, to);
        var parks = await read.ParkFiguresAsync(p.From, p.To, "all", null, ct);
        var rides = await read.RideFiguresAsync(p.From, p.To, "all", null, null, ct);
        var leastReliablePark = Award(parks.Where(x => x.OpenMin >= 240).OrderBy(x => x.Park.Name, StringComparer.Ordinal).ThenBy(x => x.Park.Id),
            x => x.Shame, x => Views.Ref(x.Park), "shame");
        var leastReliableRide = Award(rides.Where(x => x.Counted).OrderByDescending(x => x.DownMin).ThenByDescending(x => x.Incidents)
                .ThenBy(x => x.Ride.Name, StringComparer.Ordinal).ThenBy(x => x.Ride.Id),
            x => ShameFormula.Hours(x.DownMin), x => new RideWithIncidents(Views.Ref(x.Ride, x.Park), Views.Ref(x.Park), x.Incidents), "hours down");
        var longestWaitPark = Award(parks.Where(x => x.RidesReporting >= 5).OrderBy(x => x.Park.Name, StringComparer.Ordinal).ThenBy(x => x.Park.Id),
            x => x.AvgWait, x => Views.Ref(x.Park), "minutes");
        var longestWaitRide = Award(rides.Where(x => x.WaitCount >= 12).OrderBy(x => x.Ride.Name, StringComparer.Ordinal).ThenBy(x => x.Ride.Id),
            x => x.AvgWait, x => new RideAndPark(Views.Ref(x.Ride, x.Park), Views.Ref(x.Park)), "minutes");
        return TypedResults.Ok(new AwardsView(
            PeriodView.Of(p),
            Views.Credits,
            await read.DataAsOfAsync(ct),
            new AwardList(leastReliablePark, leastReliableRide, longestWaitPark, longestWaitRide)));
    });

    private static Award<TEntity>? Award<TCandidate, TEntity>(IEnumerable<TCandidate> candidates, Func<TCandidate, decimal?> value, Func<TCandidate, TEntity> entity,
        string unit)
        where TEntity : notnull
    {
        var top = candidates.Select(c => (c, v: value(c) ?? 0)).Where(x => x.v > 0).OrderByDescending(x => x.v).Take(3).ToList();
        return top.Count == 0 ? null : new Award<TEntity>(
            new AwardPlace<TEntity>(entity(top[0].c), top[0].v, unit),
            top.Skip(1).Select(x => new AwardPlace<TEntity>(entity(x.c), x.v, unit)));
    }
}
