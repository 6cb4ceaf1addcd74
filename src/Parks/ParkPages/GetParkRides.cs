using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Quartet.Parks.Common;
using Quartet.Parks.Data;
using Quartet.Parks.Domain;

namespace Quartet.Parks.ParkPages;

public sealed record RosterRide(RideRef Ride, int? Tier, int Weight, string TierSource, string Category, bool Active, int Version, bool CountedToday,
    string? ExclusionReason);

public sealed record ParkRoster(ParkRef Park, IReadOnlyList<Attribution> Attribution, IEnumerable<RosterRide> Items);

/// <summary>GET /parks/{park}/rides: every ride of the park with its tier, weight and whether it counts today.</summary>
public static class GetParkRides
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/parks/{park}/rides", Handle);

    private static async Task<Ok<ParkRoster>> Handle(string park, ReadModel read, ParksDb db, CancellationToken ct)
    {
        var p = await ParkLookup.FindParkAsync(read, park, ct);
        var today = read.Zone.LocalDateOf(read.Now);
        var days = await db.RideDays.AsNoTracking().Where(d => d.ParkId == p.Id && d.LocalDate == today).ToDictionaryAsync(d => d.RideId, ct);
        var rides = await db.Rides.AsNoTracking().Where(r => r.ParkId == p.Id).OrderBy(r => r.Name).ToListAsync(ct);
        return TypedResults.Ok(new ParkRoster(
            Views.Ref(p),
            Views.Credits,
            rides.Select(r => new RosterRide(
                Views.Ref(r, p),
                r.Tier,
                ShameFormula.Weight(r.Tier),
                r.TierSource,
                r.Category,
                r.IsActive,
                r.Version,
                days.TryGetValue(r.Id, out var d) && d.ExclusionReason is null,
                !r.IsActive ? ExclusionReasons.Inactive : r.Category != RideCategories.Attraction ? ExclusionReasons.NotAttraction
                    : days.TryGetValue(r.Id, out var day) ? day.ExclusionReason : ExclusionReasons.NoData))));
    }
}
