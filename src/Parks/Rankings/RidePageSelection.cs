using Microsoft.EntityFrameworkCore;
using Quartet.Parks.Common;
using Quartet.Parks.Data;
using Quartet.Parks.Domain;
using Quartet.Platform.Http;

namespace Quartet.Parks.Rankings;

/// <summary>A ride's period sums with what a ranking filters and breaks ties on: its park, tier and name.</summary>
internal sealed record RankableRide(RideSums Sums, Guid ParkId, int? Tier, string Name);

/// <summary>
/// Chooses a ranking page's rides from every ride's period sums and the narrow catalogue columns a ranking needs, so
/// that only the page's rides' full catalogue rows and figures are read. The order is the ranked lists' order: the
/// ranking's figure, then name (ordinal), then id.
/// </summary>
internal static class RidePageSelection
{
    /// <summary>Active attractions of parks passing <paramref name="filter"/> with their period sums.</summary>
    public static async Task<List<RankableRide>> RankableAsync(ReadModel read, ParksDb db, Period period, string filter, CancellationToken ct)
    {
        var parks = await read.ParksAsync(ct);
        var rides = await db.Rides.AsNoTracking().Where(r => r.IsActive && r.Category == RideCategories.Attraction)
            .Select(r => new { r.Id, r.ParkId, r.Tier, r.Name }).ToDictionaryAsync(r => r.Id, ct);
        return (await read.RideSumsAsync(period.From, period.To, null, null, null, ct))
            .Where(s => rides.TryGetValue(s.RideId, out var ride) && parks.TryGetValue(ride.ParkId, out var park) && QueryArgs.Passes(park, filter))
            .Select(s => new RankableRide(s, rides[s.RideId].ParkId, rides[s.RideId].Tier, rides[s.RideId].Name))
            .ToList();
    }

    /// <summary>
    /// The ids of the rides on <paramref name="page"/>, in ranked order, and how many rides are ranked.
    /// <paramref name="worstFirst"/> is the ranking's figure, largest first.
    /// </summary>
    public static (List<Guid> Ids, int Total) Choose(List<RankableRide> ranked, Func<RankableRide, decimal> worstFirst, PageRequest page) =>
        (ranked.OrderByDescending(worstFirst).ThenBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.Sums.RideId)
            .Skip(page.Skip).Take(page.PageSize).Select(r => r.Sums.RideId).ToList(), ranked.Count);
}
