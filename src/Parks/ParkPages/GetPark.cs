using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Parks.Common;
using Quartet.Parks.Data;
using Quartet.Parks.Domain;

namespace Quartet.Parks.ParkPages;

public sealed record OpeningHours(DateOnly Date, string Type, DateTime OpensAt, DateTime ClosesAt, string Origin);

public sealed record ParkNow(bool Open, DateTime? AsOf, string? Source, bool Stale, int? AvgWait, int? MaxWait, Dictionary<string, int> Counts);

public sealed record TierCounts(int Tier1, int Tier2, int Tier3, int Unclassified);

public sealed record ParkDetail(ParkRef Park, string TimeZone, string StatusModel, bool IsActive, PeriodView Period, DateTime? DataAsOf,
    IReadOnlyList<Attribution> Attribution, IEnumerable<OpeningHours> Hours, ParkNow Current, TierCounts TierDistribution, ShameBreakdown Breakdown,
    ParkShameSeries Chart);

/// <summary>GET /parks/{park}: the park page — week's hours, the state now, tiers, the period's shame breakdown and chart.</summary>
public static class GetPark
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/parks/{park}", Handle);

    private static async Task<Ok<ParkDetail>> Handle(string park, ReadModel read, ParksDb db, PeriodResolver periods, TimeProvider clock, string? period,
        string? from, string? to, CancellationToken ct)
    {
        var p = await ParkLookup.FindParkAsync(read, park, ct);
        var per = QueryArgs.Resolve(periods, clock, period, from, to);
        var today = read.Zone.LocalDateOf(read.Now);
        var schedule = await db.Schedules.AsNoTracking().Where(s => s.ParkId == p.Id && s.LocalDate >= today && s.LocalDate <= today.AddDays(6))
            .OrderBy(s => s.OpensAt).ToListAsync(ct);
        var hours = schedule.GroupBy(s => s.LocalDate)
            .SelectMany(g => g.Any(s => s.Origin == "manual") ? g.Where(s => s.Origin == "manual") : g)
            .Select(s => new OpeningHours(s.LocalDate, s.Type, s.OpensAt, s.ClosesAt, s.Origin));
        var state = await db.ParkStates.AsNoTracking().FirstOrDefaultAsync(s => s.ParkId == p.Id, ct);
        var live = await read.LiveRidesAsync(p.Id, ct);
        var rides = await db.Rides.AsNoTracking().Where(r => r.ParkId == p.Id && r.IsActive && r.Category == RideCategories.Attraction).ToListAsync(ct);
        return TypedResults.Ok(new ParkDetail(
            Views.Ref(p),
            p.TimeZone,
            p.StatusModel.ToString(),
            p.IsActive,
            PeriodView.Of(per),
            state?.SlotAt,
            Views.Credits,
            hours,
            new ParkNow(
                (await read.OpenNowAsync(p.Id, ct)).Contains(p.Id),
                state?.SlotAt,
                state?.Source,
                state is null || read.Now - state.SlotAt > read.LiveMaxAge || state.Stale,
                state?.AvgWait,
                state?.MaxWait,
                live.Values.GroupBy(r => r.DisplayStatus).ToDictionary(g => g.Key, g => g.Count())),
            new TierCounts(rides.Count(r => r.Tier == 1), rides.Count(r => r.Tier == 2), rides.Count(r => r.Tier == 3), rides.Count(r => r.Tier == null)),
            await ShameBreakdown.OfAsync(read, db, p, per, ct),
            await ParkShameSeries.OfAsync(read, db, p, per, ct)));
    }
}
